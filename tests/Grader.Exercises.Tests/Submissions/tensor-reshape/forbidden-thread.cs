// verdict: ForbiddenApi
// line: 6
// api: System.Threading
(Tensor X, Tensor Y) Solve(long a, long b, long c)
{
    new System.Threading.Thread(() => { }).Start();
    var X = arange(a * b * c).reshape(a, b, c);
    return (X, 2 * X + 1);
}
