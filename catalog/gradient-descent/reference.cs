double Solve(Func<double, double> f, double x0, double alpha)
{
    var x = x0;
    for (var step = 0; step < 1_000_000; step++)
    {
        var d = Derivative(f, x);
        if (Math.Abs(d) <= 1e-5)
        {
            break;
        }

        x -= alpha * d;
    }

    return x;
}

double Derivative(Func<double, double> f, double x)
{
    const double h = 1e-6;
    return (f(x + h) - f(x - h)) / (2 * h);
}
