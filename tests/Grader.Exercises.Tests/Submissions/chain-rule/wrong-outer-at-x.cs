// verdict: WrongAnswer
// misconception: outer-at-x
// message: f′ was evaluated at x
double Solve(Func<double, double> fPrime, Func<double, double> g, Func<double, double> gPrime, double x) =>
    fPrime(x) * gPrime(x);
