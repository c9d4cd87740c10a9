// verdict: RuntimeError
// message: if it is x.grad, call backward() on a scalar first
(Tensor gradDot, Tensor gradSum, Tensor gradDetached) Solve(Tensor x)
{
    x.requires_grad_();
    var y = 2 * x.dot(x);
    // .grad is read before y.backward() has filled it in.
    var gradDot = x.grad!.clone();
    y.backward();
    x.grad!.zero_();
    x.sum().backward();
    var gradSum = x.grad.clone();
    x.grad.zero_();
    var u = (x * x).detach();
    (u * x).sum().backward();
    return (gradDot, gradSum, x.grad.clone());
}
