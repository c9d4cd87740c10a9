// verdict: CompilationError
// line: 7
// message: Cannot implicitly convert type
(Tensor x, long length, long[] shape) Solve(long n)
{
    var x = arange(n);
    long[] shape = x.shape[0];
    return (x, n, shape);
}
