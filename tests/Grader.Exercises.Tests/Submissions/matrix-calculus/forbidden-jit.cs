// verdict: ForbiddenApi
// line: 6
// api: TorchSharp.torch.jit
(Tensor gradAx, Tensor gradQuadratic, Tensor gradSquaredNorm, Tensor gradFrobenius) Solve(Tensor A, Tensor x, Tensor X)
{
    var module = torch.jit.load("/tmp/model.pt");
    return (A.T, (A + A.T).mv(x), 2 * x, 2 * X);
}
