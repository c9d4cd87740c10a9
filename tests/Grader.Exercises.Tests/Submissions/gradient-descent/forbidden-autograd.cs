// verdict: ForbiddenApi
// line: 10
// api: TorchSharp.torch.Tensor.requires_grad_
double Solve(Func<double, double> f, double x0, double alpha)
{
    // A student who tries autograd on a quadratic written as a tensor expression.
    var x = x0;
    for (var i = 0; i < 1000; i++)
    {
        var t = tensor(x).requires_grad_();
        ((t - 3) * (t - 3)).backward();
        x -= alpha * t.grad!.item<double>();
    }

    return x;
}
