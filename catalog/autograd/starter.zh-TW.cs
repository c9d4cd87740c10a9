(Tensor gradDot, Tensor gradSum, Tensor gradDetached) Solve(Tensor x)
{
    x.requires_grad_();
    // 1. y = 2 * x.dot(x)；y.backward()；複製 x.grad
    // 2. 將梯度歸零；對 x.sum() 求導
    // 3. 再次歸零；u = (x * x).detach()；對 (u * x).sum() 求導
    return (x, x, x);
}
