// verdict: WrongAnswer
// message: expected 2
double Solve(Func<double, double> f, double x)
{
    const double h = 1e-15;
    return (f(x + h) - f(x)) / h;
}
