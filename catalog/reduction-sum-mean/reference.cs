(Tensor total, Tensor mean, Tensor sumAxis0, Tensor meanAxis1) Solve(Tensor A)
{
    var F = A.to(float32);
    return (A.sum(), F.mean(), A.sum(dim: 0), F.mean(dimensions: [1]));
}
