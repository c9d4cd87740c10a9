(Tensor X, Tensor Y) Solve(long a, long b, long c)
{
    var X = arange(a * b * c).reshape(a, b, c);
    return (X, 2 * X + 1);
}
