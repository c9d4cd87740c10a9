// verdict: MemoryLimitExceeded
// message: Memory limit exceeded
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var hoard = new List<double[]>();
    while (true) hoard.Add(new double[10_000_000]);
}
