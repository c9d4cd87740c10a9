// verdict: ForbiddenApi
// message: System.Runtime.InteropServices.MemoryMarshal
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var s = System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref System.Runtime.CompilerServices.Unsafe.NullRef<byte>(), 1 << 30);
    s[100] = 1;
    return (A, A);
}
