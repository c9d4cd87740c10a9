double Solve(Func<double, double> fPrime, Func<double, double> g, Func<double, double> gPrime, double x)
{
    // f(g(x)) 對 x 的導數：d/dx f(g(x))
    return 0;
}
