// verdict: CompilationError
// line: 10
// message: Use of unassigned local variable 'd'
double Solve(Func<double, double> f, double x0, double alpha)
{
    var x = x0;
    double d;
    while (true)
    {
        if (Math.Abs(d) <= 1e-5) break;
        d = (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;
        x -= alpha * d;
    }

    return x;
}
