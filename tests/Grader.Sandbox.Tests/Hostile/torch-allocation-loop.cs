// verdict: MemoryLimitExceeded
// message: Memory limit exceeded
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var hoard = new List<Tensor>();
    while (true) hoard.Add(ones(50_000_000).add_(1));
}
