// verdict: WrongAnswer
// misconception: grad-accumulated
// message: The gradients accumulated
(Tensor gradDot, Tensor gradSum, Tensor gradDetached) Solve(Tensor x)
{
    x.requires_grad_();
    (2 * x.dot(x)).backward();
    var gradDot = x.grad!.clone();
    x.sum().backward();
    var gradSum = x.grad.clone();
    var u = (x * x).detach();
    (u * x).sum().backward();
    return (gradDot, gradSum, x.grad.clone());
}
