// verdict: Accepted
// Changes x[i] in place but puts it back exactly before the next variable, next to not-restored.
double[] Solve(Func<double[], double> f, double[] x)
{
    const double h = 1e-5;
    var gradient = new double[x.Length];
    for (var i = 0; i < x.Length; i++)
    {
        var kept = x[i];
        x[i] = kept + h;
        var forward = f(x);
        x[i] = kept - h;
        var backward = f(x);
        x[i] = kept;
        gradient[i] = (forward - backward) / (2 * h);
    }

    return gradient;
}
