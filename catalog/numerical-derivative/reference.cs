double Solve(Func<double, double> f, double x)
{
    const double h = 1e-5;
    return (f(x + h) - f(x - h)) / (2 * h);
}
