// verdict: ForbiddenApi
// message: TorchSharp.torch.set_num_threads
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    torch.set_num_threads(64);
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
