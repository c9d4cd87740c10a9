// verdict: OutputLimitExceeded
// message: Output limit exceeded
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    while (true) Console.Write("flood flood flood flood ");
}
