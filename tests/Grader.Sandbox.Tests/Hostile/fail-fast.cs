// verdict: ForbiddenApi
// message: System.Environment.FailFast
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    Environment.FailFast("bye");
    return (A, A);
}
