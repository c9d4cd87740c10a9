double Solve(Func<double, double> fPrime, Func<double, double> g, Func<double, double> gPrime, double x) =>
    fPrime(g(x)) * gPrime(x);
