// verdict: WrongAnswer
// misconception: norm-not-squared
// message: gradSquaredNorm is the gradient of ‖x‖
(Tensor gradAx, Tensor gradQuadratic, Tensor gradSquaredNorm, Tensor gradFrobenius) Solve(Tensor A, Tensor x, Tensor X)
{
    var s = x.detach().clone().requires_grad_();
    s.norm().backward();
    return (A.T, (A + A.T).mv(x), s.grad!, 2 * X);
}
