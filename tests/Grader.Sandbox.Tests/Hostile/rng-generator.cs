// verdict: ForbiddenApi
// message: TorchSharp.torch.Generator
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // rand itself is allowed; a generator of the student's own, seeded at will, is not.
    var noise = torch.rand(A.shape, generator: new torch.Generator(42));
    return (A.sum(0, keepdim: true), A.cumsum(0) + 0 * noise);
}
