// verdict: CompilationError
// message: Unsafe code
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    unsafe { int* p = null; *p = 1; }
    return (A, A);
}
