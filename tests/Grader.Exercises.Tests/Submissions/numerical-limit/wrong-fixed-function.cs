// verdict: WrongAnswer
// message: Line 1 of the output is "h=0.10000, numerical limit=2.30000", expected "h=0.10000, numerical limit=12.61000"
void Solve(Func<double, double> f, double x)
{
    double F(double v) => 3 * v * v - 4 * v;
    var h = 0.1;
    for (var i = 0; i < 5; i++, h /= 10)
    {
        Console.WriteLine($"h={h:F5}, numerical limit={(F(1 + h) - F(1)) / h:F5}");
    }
}
