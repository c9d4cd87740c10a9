// verdict: ForbiddenApi
// line: 6
// api: System.Console.SetOut
void Solve(Func<double, double> f, double x)
{
    Console.SetOut(new System.IO.StringWriter());
    Console.WriteLine("h=0.10000, numerical limit=2.30000");
}
