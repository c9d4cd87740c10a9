// verdict: WrongAnswer
// misconception: not-restored
// message: x[i] was changed in place and never put back
double[] Solve(Func<double[], double> f, double[] x)
{
    const double h = 1e-5;
    var gradient = new double[x.Length];
    for (var i = 0; i < x.Length; i++)
    {
        var before = f(x);
        x[i] += 0.5;
        gradient[i] = (f(x) - before) / 0.5;
    }

    return gradient;
}
