// verdict: WrongAnswer
// misconception: central-difference
// message: You printed the central difference
void Solve(Func<double, double> f, double x)
{
    var h = 0.1;
    for (var i = 0; i < 5; i++, h /= 10)
    {
        Console.WriteLine($"h={h:F5}, numerical limit={(f(x + h) - f(x - h)) / (2 * h):F5}");
    }
}
