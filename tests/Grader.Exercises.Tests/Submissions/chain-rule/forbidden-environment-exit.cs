// verdict: ForbiddenApi
// line: 6
// api: System.Environment.Exit
double Solve(Func<double, double> fPrime, Func<double, double> g, Func<double, double> gPrime, double x)
{
    Environment.Exit(0);
    return fPrime(g(x)) * gPrime(x);
}
