// verdict: ForbiddenApi
// message: System.Runtime.InteropServices.StructLayoutAttribute
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Explicit)]
struct Confused
{
    [System.Runtime.InteropServices.FieldOffset(0)] public string Text;
    [System.Runtime.InteropServices.FieldOffset(0)] public int[] Numbers;
}
(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A, A);
