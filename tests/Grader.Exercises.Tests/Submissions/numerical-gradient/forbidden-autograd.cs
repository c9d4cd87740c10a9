// verdict: ForbiddenApi
// line: 7
// api: TorchSharp.torch.Tensor.requires_grad_
double[] Solve(Func<double[], double> f, double[] x)
{
    var t = tensor(x);
    t.requires_grad_();
    return x;
}
