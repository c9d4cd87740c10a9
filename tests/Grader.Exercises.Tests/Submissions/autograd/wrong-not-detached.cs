// verdict: WrongAnswer
// misconception: not-detached
// message: u was not detached
(Tensor gradDot, Tensor gradSum, Tensor gradDetached) Solve(Tensor x)
{
    x.requires_grad_();
    (2 * x.dot(x)).backward();
    var gradDot = x.grad!.clone();
    x.grad.zero_();
    x.sum().backward();
    var gradSum = x.grad.clone();
    x.grad.zero_();
    var u = x * x;
    (u * x).sum().backward();
    return (gradDot, gradSum, x.grad.clone());
}
