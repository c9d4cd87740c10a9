// verdict: WrongAnswer
// misconception: reversed-shape
// message: The axes are in reverse order
(Tensor X, Tensor Y) Solve(long a, long b, long c)
{
    var X = arange(a * b * c).reshape(c, b, a);
    return (X, 2 * X + 1);
}
