double Solve(Func<double, double> fPrime, Func<double, double> g, Func<double, double> gPrime, double x)
{
    // d/dx f(g(x))
    return 0;
}
