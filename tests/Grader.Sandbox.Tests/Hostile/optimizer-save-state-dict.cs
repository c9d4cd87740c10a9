// verdict: ForbiddenApi
// message: TorchSharp.torch.optim
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var optimizer = torch.optim.SGD(new[] { torch.nn.Parameter(A.to(float32)) }, 0.1);
    optimizer.save_state_dict("/tmp/leftover");
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
