(Tensor gradAx, Tensor gradQuadratic, Tensor gradSquaredNorm, Tensor gradFrobenius) Solve(Tensor A, Tensor x, Tensor X)
{
    // 每個恆等式：新的葉節點 v = x.detach().clone().requires_grad_()、一個純量、backward()、v.grad。
    return (A, x, x, X);
}
