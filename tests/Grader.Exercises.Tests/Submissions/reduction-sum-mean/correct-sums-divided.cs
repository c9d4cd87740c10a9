// verdict: Accepted
// Means as sums divided by the right counts, next to mean-divided-by-wrong-count and integer-mean.
(Tensor total, Tensor mean, Tensor sumAxis0, Tensor meanAxis1) Solve(Tensor A)
{
    var F = A.to(float32);
    return (A.sum(), F.sum() / A.numel(), A.sum(dim: 0), F.sum(dim: 1) / A.shape[1]);
}
