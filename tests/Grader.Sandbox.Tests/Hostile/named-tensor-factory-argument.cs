// verdict: ForbiddenApi
// message: names:
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // The factories take names too; zeros is allowed, its names: argument is not.
    var named = torch.zeros(3, 2, names: new[] { "Accepted", "passed" });
    return (A.sum(0, keepdim: true), A.cumsum(0) + named);
}
