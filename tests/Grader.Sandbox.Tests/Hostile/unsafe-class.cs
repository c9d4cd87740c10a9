// verdict: ForbiddenApi
// message: System.Runtime.CompilerServices.Unsafe
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var s = System.Runtime.CompilerServices.Unsafe.As<string, int[]>(ref System.Runtime.CompilerServices.Unsafe.NullRef<string>());
    return (A, A);
}
