(Tensor X, Tensor Y) Solve(long a, long b, long c)
{
    // X: 0 .. a*b*c-1 with shape (a, b, c). Y = 2X + 1.
    var X = arange(a * b * c);
    return (X, X);
}
