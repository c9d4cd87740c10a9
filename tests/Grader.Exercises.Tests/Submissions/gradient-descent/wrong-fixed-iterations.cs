// verdict: WrongAnswer
// misconception: stopped-early
// message: stopped before the minimum
double Solve(Func<double, double> f, double x0, double alpha)
{
    var x = x0;
    for (var i = 0; i < 10; i++)
    {
        x -= alpha * (f(x + 1e-6) - f(x)) / 1e-6;
    }

    return x;
}
