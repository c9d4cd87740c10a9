// verdict: ForbiddenApi
// message: System.Environment.Exit
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    Environment.Exit(0);
    return (A, A);
}
