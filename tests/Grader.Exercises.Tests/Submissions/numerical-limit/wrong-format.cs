// verdict: WrongAnswer
// message: Line 1 of the output is "h = 0.1, limit = 2.3", expected "h=0.10000, numerical limit=2.30000"
void Solve(Func<double, double> f, double x)
{
    var h = 0.1;
    for (var i = 0; i < 5; i++, h /= 10)
    {
        Console.WriteLine($"h = {h}, limit = {(f(x + h) - f(x)) / h:0.#####}");
    }
}
