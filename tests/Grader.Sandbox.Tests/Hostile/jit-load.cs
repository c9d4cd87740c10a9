// verdict: ForbiddenApi
// message: TorchSharp.torch.jit
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    torch.jit.load("/etc/passwd");
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
