// verdict: WrongAnswer
// misconception: frobenius-not-squared
// message: gradFrobenius is the gradient of ‖X‖_F
(Tensor gradAx, Tensor gradQuadratic, Tensor gradSquaredNorm, Tensor gradFrobenius) Solve(Tensor A, Tensor x, Tensor X)
{
    var F = X.detach().clone().requires_grad_();
    F.norm().backward();
    return (A.T, (A + A.T).mv(x), 2 * x, F.grad!);
}
