// verdict: WrongAnswer
// misconception: central-without-two
// message: divides by h instead of 2h
double Solve(Func<double, double> f, double x)
{
    const double h = 1e-5;
    return (f(x + h) - f(x - h)) / h;
}
