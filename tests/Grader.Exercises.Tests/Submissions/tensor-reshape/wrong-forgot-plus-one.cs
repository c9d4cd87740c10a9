// verdict: WrongAnswer
// misconception: forgot-plus-one
// message: Y is 2X
(Tensor X, Tensor Y) Solve(long a, long b, long c)
{
    var X = arange(a * b * c).reshape(a, b, c);
    return (X, X * 2);
}
