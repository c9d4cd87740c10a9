// verdict: MemoryLimitExceeded
// message: Memory limit exceeded
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var big = new double[1_000_000_000];
    big[1] = 1;
    return (A, A);
}
