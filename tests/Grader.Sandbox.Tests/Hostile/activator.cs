// verdict: ForbiddenApi
// message: System.Activator.CreateInstance
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var o = Activator.CreateInstance(typeof(object));
    return (A, A);
}
