// verdict: WrongAnswer
// misconception: length-is-last-index
// message: length is n − 1, the last index
(Tensor x, long length, long[] shape) Solve(long n)
{
    var x = arange(n);
    return (x, x.shape[0] - 1, x.shape);
}
