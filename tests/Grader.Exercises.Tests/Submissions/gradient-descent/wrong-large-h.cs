// verdict: WrongAnswer
// misconception: large-h
// message: a forward difference with a large h
double Solve(Func<double, double> f, double x0, double alpha)
{
    const double h = 0.5;
    var x = x0;
    var d = (f(x + h) - f(x)) / h;
    while (Math.Abs(d) > 1e-5)
    {
        x -= alpha * d;
        d = (f(x + h) - f(x)) / h;
    }

    return x;
}
