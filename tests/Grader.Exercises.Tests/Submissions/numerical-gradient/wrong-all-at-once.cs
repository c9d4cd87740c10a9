// verdict: WrongAnswer
// misconception: all-at-once
// message: Every variable was changed at once
double[] Solve(Func<double[], double> f, double[] x)
{
    const double h = 1e-5;
    var moved = x.Select(v => v + h).ToArray();
    var slope = (f(moved) - f(x)) / h;
    return x.Select(_ => slope).ToArray();
}
