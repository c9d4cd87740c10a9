// verdict: ForbiddenApi
// line: 6
// api: TorchSharp.torch.set_default_dtype
(Tensor total, Tensor mean, Tensor sumAxis0, Tensor meanAxis1) Solve(Tensor A)
{
    torch.set_default_dtype(float64);
    var F = A.to(float32);
    return (A.sum(), F.mean(), A.sum(dim: 0), F.mean(dimensions: [1]));
}
