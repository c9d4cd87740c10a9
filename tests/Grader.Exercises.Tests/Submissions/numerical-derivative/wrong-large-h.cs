// verdict: WrongAnswer
// message: Got 2.3, expected 2
double Solve(Func<double, double> f, double x)
{
    const double h = 0.1;
    return (f(x + h) - f(x)) / h;
}
