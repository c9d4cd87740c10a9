// verdict: ForbiddenApi
// message: System.Diagnostics.Debugger.Launch
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    System.Diagnostics.Debugger.Launch();
    return (A, A);
}
