// verdict: CompilationError
// line: 5
// message: Delegate 'Func<double, double>' does not take 2 arguments
double Solve(Func<double, double> fPrime, Func<double, double> g, Func<double, double> gPrime, double x) =>
    fPrime(g(x), x) * gPrime(x);
