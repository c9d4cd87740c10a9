// verdict: WrongAnswer
// misconception: four-lines
// message: Only four lines were printed
void Solve(Func<double, double> f, double x)
{
    for (var h = 0.1; h > 1e-5; h /= 10)
    {
        Console.WriteLine($"h={h:F5}, numerical limit={(f(x + h) - f(x)) / h:F5}");
    }
}
