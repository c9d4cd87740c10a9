// verdict: ForbiddenApi
// line: 8
// api: System.Threading.Monitor.Enter
// No forbidden name is written: the lock statement compiles to Monitor.Enter and Monitor.Exit.
double Solve(Func<double, double> f, double x)
{
    const double h = 1e-5;
    lock (f)
    {
        return (f(x + h) - f(x - h)) / (2 * h);
    }
}
