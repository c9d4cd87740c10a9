// verdict: WrongAnswer
// message: gradQuadratic: The value at [0] is
(Tensor gradAx, Tensor gradQuadratic, Tensor gradSquaredNorm, Tensor gradFrobenius) Solve(Tensor A, Tensor x, Tensor X)
{
    var v = x.detach().clone().requires_grad_();
    v.dot(A.mv(v)).backward();
    var quadratic = v.grad!.clone();
    v.dot(v).backward();
    var F = X.detach().clone().requires_grad_();
    F.pow(2).sum().backward();
    return (A.T, v.grad!, quadratic, F.grad!);
}
