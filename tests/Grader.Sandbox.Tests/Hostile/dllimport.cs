// verdict: ForbiddenApi
// message: System.Runtime.InteropServices.DllImportAttribute
[System.Runtime.InteropServices.DllImport("libc")]
static extern int getpid();
(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A, A);
