// verdict: CompilationError
// line: 7
// message: Cannot implicitly convert type 'double' to 'int'
double Solve(Func<double, double> f, double x)
{
    const double h = 1e-5;
    int slope = (f(x + h) - f(x)) / h;
    return slope;
}
