// verdict: CompilationError
// line: 8
// message: The name 'i' does not exist in the current context
void Solve(Func<double, double> f, double x)
{
    var h = 0.1;
    for (var step = 0; step < 5; step++, h /= 10)
        Console.WriteLine($"h={h:F5}, numerical limit={(f(x + h) - f(x)) / h:F5}, step {i}");
}
