// verdict: CompilationError
// line: 5
// message: yours (line 5) is `double Solve(Func<double, double> f, double x0, float alpha)`: its parameter types differ from what the exercise passes: (Func<double, double> f, double x0, double alpha)
// float for the learning rate: the grader passes a double.
double Solve(Func<double, double> f, double x0, float alpha)
{
    var x = x0;
    for (var i = 0; i < 100_000; i++)
    {
        var d = (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;
        if (Math.Abs(d) <= 1e-5)
        {
            break;
        }

        x -= alpha * d;
    }

    return x;
}
