// verdict: ForbiddenApi
// message: TorchSharp.torch.manual_seed
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    torch.manual_seed(0);
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
