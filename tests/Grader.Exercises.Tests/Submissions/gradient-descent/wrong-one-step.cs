// verdict: WrongAnswer
// misconception: one-step
// message: Your loop stopped after one step
double Solve(Func<double, double> f, double x0, double alpha)
{
    var x = x0;
    while (true)
    {
        var d = (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;
        if (Math.Abs(d) <= 1e-5)
        {
            break;
        }

        x -= alpha * d;
        return x;
    }

    return x;
}
