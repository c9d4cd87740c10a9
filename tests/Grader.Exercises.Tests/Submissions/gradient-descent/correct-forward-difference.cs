// verdict: Accepted
// A correct descent written another way: a forward difference with a small h and a while loop. It stops where the
// true derivative is a little off zero and beside the reference's x, which stopped-early and large-h must not name.
double Solve(Func<double, double> f, double x0, double alpha)
{
    double Slope(double x) => (f(x + 1e-7) - f(x)) / 1e-7;

    var x = x0;
    var steps = 0;
    while (Math.Abs(Slope(x)) > 1e-5 && steps++ < 2_000_000)
    {
        x = x - alpha * Slope(x);
    }

    return x;
}
