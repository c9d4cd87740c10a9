// verdict: ForbiddenApi
// message: System.Threading.Thread.Sleep
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    System.Threading.Thread.Sleep(60_000);
    return (A, A);
}
