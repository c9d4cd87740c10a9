// verdict: ForbiddenApi
// message: TorchSharp.torch.NewDisposeScope
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // Never disposed, so every tensor made afterwards on this thread would be held by the scope (a leak).
    torch.NewDisposeScope();
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
