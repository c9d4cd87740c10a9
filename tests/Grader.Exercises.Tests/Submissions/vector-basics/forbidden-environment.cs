// verdict: ForbiddenApi
// line: 6
// api: System.Environment
(Tensor x, long length, long[] shape) Solve(long n)
{
    var home = Environment.GetEnvironmentVariable("HOME");
    var x = arange(n);
    return (x, n, x.shape);
}
