// verdict: WrongAnswer
// misconception: nested-derivatives
// message: You computed f′(g′(x))
double Solve(Func<double, double> fPrime, Func<double, double> g, Func<double, double> gPrime, double x) =>
    fPrime(gPrime(x));
