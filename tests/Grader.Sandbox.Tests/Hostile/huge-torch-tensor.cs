// verdict: RuntimeError
// message: libtorch error
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var big = ones(1_000_000, 1_000_000);
    return (big, big);
}
