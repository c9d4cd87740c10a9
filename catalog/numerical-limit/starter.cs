void Solve(Func<double, double> f, double x)
{
    // For h = 0.1, 0.01, ..., 0.00001 print: h=0.10000, numerical limit=2.30000
    Console.WriteLine("h=?, numerical limit=?");
}
