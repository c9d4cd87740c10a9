void Solve(Func<double, double> f, double x)
{
    var h = 0.1;
    for (var i = 0; i < 5; i++)
    {
        Console.WriteLine($"h={h:F5}, numerical limit={(f(x + h) - f(x)) / h:F5}");
        h *= 0.1;
    }
}
