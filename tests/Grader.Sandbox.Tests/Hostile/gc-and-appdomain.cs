// verdict: ForbiddenApi
// message: System.GC
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    GC.Collect();
    AppDomain.CurrentDomain.SetData("x", 1);
    return (A, A);
}
