(Tensor gradDot, Tensor gradSum, Tensor gradDetached) Solve(Tensor x)
{
    x.requires_grad_();
    // 1. y = 2 * x.dot(x); y.backward(); copy x.grad
    // 2. zero the gradient; differentiate x.sum()
    // 3. zero again; u = (x * x).detach(); differentiate (u * x).sum()
    return (x, x, x);
}
