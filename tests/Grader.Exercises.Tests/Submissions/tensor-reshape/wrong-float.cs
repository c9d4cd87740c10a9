// verdict: WrongAnswer
// misconception: float-range
// message: X holds floats
(Tensor X, Tensor Y) Solve(long a, long b, long c)
{
    var X = arange(a * b * c, dtype: float32).reshape(a, b, c);
    return (X, 2 * X + 1);
}
