// verdict: ForbiddenApi
// message: TorchSharp.torch.random
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    torch.random.manual_seed(7);
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
