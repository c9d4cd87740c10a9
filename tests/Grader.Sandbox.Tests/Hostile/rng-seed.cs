// verdict: ForbiddenApi
// message: TorchSharp.torch.seed
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    torch.seed();
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
