// verdict: WrongAnswer
// misconception: not-reshaped
// message: X is still the flat vector
(Tensor X, Tensor Y) Solve(long a, long b, long c)
{
    var X = arange(a * b * c);
    return (X, 2 * X + 1);
}
