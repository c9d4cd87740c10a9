// verdict: ForbiddenApi
// message: Microsoft.Win32.SafeHandles.SafeFileHandle
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    using (new Microsoft.Win32.SafeHandles.SafeFileHandle((IntPtr)3, true)) { }
    return (A, A);
}
