// verdict: WrongAnswer
// misconception: large-h
// message: Your h is too large
double Solve(Func<double, double> f, double x)
{
    const double h = 0.1;
    return (f(x + h) - f(x)) / h;
}
