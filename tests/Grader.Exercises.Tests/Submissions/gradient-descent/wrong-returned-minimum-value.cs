// verdict: WrongAnswer
// misconception: returned-minimum-value
// message: You returned f(x) at the minimum
double Solve(Func<double, double> f, double x0, double alpha)
{
    var x = x0;
    while (true)
    {
        var d = (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;
        if (Math.Abs(d) <= 1e-5)
        {
            return f(x);
        }

        x -= alpha * d;
    }
}
