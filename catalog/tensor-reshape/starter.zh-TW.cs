(Tensor X, Tensor Y) Solve(long a, long b, long c)
{
    // X：形狀為 (a, b, c) 的 0 .. a*b*c-1。Y = 2X + 1。
    var X = arange(a * b * c);
    return (X, X);
}
