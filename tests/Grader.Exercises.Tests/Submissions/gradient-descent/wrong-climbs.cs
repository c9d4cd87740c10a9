// verdict: WrongAnswer
// misconception: climbs
// message: Your update climbs
double Solve(Func<double, double> f, double x0, double alpha)
{
    var x = x0;
    var d = (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;
    while (Math.Abs(d) > 1e-5)
    {
        // The sign of the update is reversed: this walks uphill.
        x += alpha * d;
        d = (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;
    }

    return x;
}
