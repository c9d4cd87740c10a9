// verdict: ForbiddenApi
// line: 6
// api: TorchSharp.torch.manual_seed
(Tensor sum, Tensor product, Tensor quotient, Tensor power) Solve(Tensor x, Tensor y)
{
    torch.manual_seed(42);
    return (x + y, x * y, x / y, x.pow(y));
}
