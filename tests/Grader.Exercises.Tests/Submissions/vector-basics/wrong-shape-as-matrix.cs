// verdict: WrongAnswer
// message: shape: Expected 1 items, got 2
(Tensor x, long length, long[] shape) Solve(long n)
{
    var x = arange(n);
    return (x, n, new long[] { 1, n });
}
