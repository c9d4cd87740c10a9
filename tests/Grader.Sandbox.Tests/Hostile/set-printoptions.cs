// verdict: ForbiddenApi
// message: TorchSharp.torch.set_printoptions
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // Global: every later submission's printed tensors would change.
    torch.set_printoptions(precision: 1);
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
