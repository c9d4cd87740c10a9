// verdict: OutputLimitExceeded
// message: Output limit exceeded
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    while (true)
    {
        try { Console.WriteLine(new string('x', 1000)); } catch { }
    }
}
