// verdict: Accepted
// view instead of reshape and the scalar on the right, next to not-reshaped and reversed-shape.
(Tensor X, Tensor Y) Solve(long a, long b, long c)
{
    var X = arange(0, a * b * c).view(a, b, c);
    return (X, X * 2 + 1);
}
