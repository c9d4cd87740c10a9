double Solve(Func<double, double> f, double x)
{
    // f'(x) from the limit definition, with a small h.
    return 0;
}
