// verdict: WrongAnswer
// misconception: starts-at-one
// message: The vector starts at 1
(Tensor x, long length, long[] shape) Solve(long n)
{
    var x = arange(1, n + 1);
    return (x, x.shape[0], x.shape);
}
