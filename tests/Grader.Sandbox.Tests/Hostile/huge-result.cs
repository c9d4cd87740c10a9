// verdict: RuntimeError
// message: The returned tensor has 1000000 elements; at most 10000 are read.
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // A million elements from a one-line snippet: it is refused before it is copied out of the worker.
    var big = torch.arange(1_000_000).reshape(1000, 1000);
    return (big, big);
}
