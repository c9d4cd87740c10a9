// verdict: WrongAnswer
// misconception: float-range
// message: The vector holds floats
(Tensor x, long length, long[] shape) Solve(long n)
{
    var x = arange(n, dtype: float32);
    return (x, x.shape[0], x.shape);
}
