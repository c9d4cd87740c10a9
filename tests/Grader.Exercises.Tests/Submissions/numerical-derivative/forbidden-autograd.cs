// verdict: ForbiddenApi
// line: 6
// api: TorchSharp.torch.Tensor.requires_grad_
double Solve(Func<double, double> f, double x)
{
    var t = tensor(x).requires_grad_();
    var y = t * t;
    y.backward();
    return (f(x + 1e-6) - f(x)) / 1e-6;
}
