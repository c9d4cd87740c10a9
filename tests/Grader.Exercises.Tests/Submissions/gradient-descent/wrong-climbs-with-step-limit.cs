// verdict: WrongAnswer
// misconception: climbs
// message: Your update climbs
double Solve(Func<double, double> f, double x0, double alpha)
{
    // Ascent with a step limit: x grows without overflowing, and f is higher than at the start.
    var x = x0;
    for (var i = 0; i < 100; i++)
    {
        var d = (f(x + 1e-6) - f(x)) / 1e-6;
        if (Math.Abs(d) <= 1e-5)
        {
            break;
        }

        x = x + alpha * d;
    }

    return x;
}
