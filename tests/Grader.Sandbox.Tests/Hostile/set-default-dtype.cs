// verdict: ForbiddenApi
// message: TorchSharp.torch.set_default_dtype
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    torch.set_default_dtype(float64);
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
