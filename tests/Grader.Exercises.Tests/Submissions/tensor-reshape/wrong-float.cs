// verdict: WrongAnswer
// message: X: Expected dtype int64, got float32
(Tensor X, Tensor Y) Solve(long a, long b, long c)
{
    var X = arange(a * b * c, dtype: float32).reshape(a, b, c);
    return (X, 2 * X + 1);
}
