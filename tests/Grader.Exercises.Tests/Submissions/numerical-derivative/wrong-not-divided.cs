// verdict: WrongAnswer
// misconception: not-divided
// message: was not divided by h
double Solve(Func<double, double> f, double x) => f(x + 1e-5) - f(x);
