// verdict: Accepted
// then: autograd
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // Turns autograd off for this thread and never turns it back on: the next submission must not inherit it.
    torch.no_grad();
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
