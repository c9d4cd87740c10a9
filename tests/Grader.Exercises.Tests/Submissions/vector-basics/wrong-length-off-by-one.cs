// verdict: WrongAnswer
// message: length: Got 2, expected 3
(Tensor x, long length, long[] shape) Solve(long n)
{
    var x = arange(n);
    return (x, x.shape[0] - 1, x.shape);
}
