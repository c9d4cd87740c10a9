// verdict: WrongAnswer
// misconception: tiny-h
// message: Your h is too small
double Solve(Func<double, double> f, double x)
{
    const double h = 1e-15;
    return (f(x + h) - f(x)) / h;
}
