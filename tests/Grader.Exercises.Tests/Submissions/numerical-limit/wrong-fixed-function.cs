// verdict: WrongAnswer
// misconception: fixed-function
// message: You printed the table of the notes' own example
void Solve(Func<double, double> f, double x)
{
    double F(double v) => 3 * v * v - 4 * v;
    var h = 0.1;
    for (var i = 0; i < 5; i++, h /= 10)
    {
        Console.WriteLine($"h={h:F5}, numerical limit={(F(1 + h) - F(1)) / h:F5}");
    }
}
