// verdict: ForbiddenApi
// line: 6
// api: System.Runtime.InteropServices.Marshal.AllocHGlobal
Tensor Solve(Tensor A, Tensor x)
{
    var memory = System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 30);
    return A.mv(x);
}
