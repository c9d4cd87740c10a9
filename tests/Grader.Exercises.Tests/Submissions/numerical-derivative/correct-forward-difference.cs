// verdict: Accepted
// The forward difference with h = 1e-6, next to large-h and tiny-h.
double Solve(Func<double, double> f, double x)
{
    const double h = 1e-6;
    return (f(x + h) - f(x)) / h;
}
