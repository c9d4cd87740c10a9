void Solve(Func<double, double> f, double x)
{
    // 對 h = 0.1, 0.01, ..., 0.00001 各印一行，格式如：h=0.10000, numerical limit=2.30000
    Console.WriteLine("h=?, numerical limit=?");
}
