// verdict: WrongAnswer
// misconception: grad-not-cloned
// message: A gradient was kept as x.grad itself
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
