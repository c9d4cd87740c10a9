// verdict: ForbiddenApi
// message: TorchSharp.torch.optim
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // load_state_dict(path) reads any file the worker can see and echoes its first bytes in the error.
    var optimizer = torch.optim.SGD(new[] { torch.nn.Parameter(A.to(float32)) }, 0.1);
    optimizer.load_state_dict("/etc/passwd");
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
