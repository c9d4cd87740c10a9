double[] Solve(Func<double[], double> f, double[] x)
{
    const double h = 1e-5;
    var gradient = new double[x.Length];
    for (var i = 0; i < x.Length; i++)
    {
        var forward = (double[])x.Clone();
        var backward = (double[])x.Clone();
        forward[i] += h;
        backward[i] -= h;
        gradient[i] = (f(forward) - f(backward)) / (2 * h);
    }

    return gradient;
}
