// verdict: ForbiddenApi
// message: TorchSharp.torch.set_rng_state
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // Replaying the generator's state would make "random" cases predictable across runs.
    torch.set_rng_state(torch.get_rng_state());
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
