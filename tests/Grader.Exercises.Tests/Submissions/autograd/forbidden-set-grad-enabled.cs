// verdict: ForbiddenApi
// line: 6
// api: TorchSharp.torch.set_grad_enabled
(Tensor gradDot, Tensor gradSum, Tensor gradDetached) Solve(Tensor x)
{
    torch.set_grad_enabled(true);
    return (x, x, x);
}
