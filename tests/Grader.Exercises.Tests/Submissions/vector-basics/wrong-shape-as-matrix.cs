// verdict: WrongAnswer
// misconception: shape-as-matrix
// message: shape has two entries
(Tensor x, long length, long[] shape) Solve(long n)
{
    var x = arange(n);
    return (x, n, new long[] { 1, n });
}
