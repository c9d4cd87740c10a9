// verdict: WrongAnswer
// message: gradDot: The value at [1] is 1, expected 4
(Tensor gradDot, Tensor gradSum, Tensor gradDetached) Solve(Tensor x)
{
    x.requires_grad_();
    (2 * x.dot(x)).backward();
    var gradDot = x.grad!;
    x.grad.zero_();
    x.sum().backward();
    var gradSum = x.grad.clone();
    x.grad.zero_();
    var u = (x * x).detach();
    (u * x).sum().backward();
    return (gradDot, gradSum, x.grad.clone());
}
