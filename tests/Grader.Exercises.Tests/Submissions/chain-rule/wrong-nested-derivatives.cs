// verdict: WrongAnswer
// message: Got -0.4161468, expected 1.080605
double Solve(Func<double, double> fPrime, Func<double, double> g, Func<double, double> gPrime, double x) =>
    fPrime(gPrime(x));
