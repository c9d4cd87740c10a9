// verdict: WrongAnswer
// misconception: missing-inner-derivative
// message: The inner derivative g′(x) is missing
double Solve(Func<double, double> fPrime, Func<double, double> g, Func<double, double> gPrime, double x) =>
    fPrime(g(x));
