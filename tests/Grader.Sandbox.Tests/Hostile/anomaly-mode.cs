// verdict: ForbiddenApi
// message: TorchSharp.torch.autograd.set_detect_anomaly
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    torch.autograd.set_detect_anomaly(true);
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
