// verdict: CompilationError
// line: 8
// message: Non-invocable member 'torch.Tensor.grad' cannot be used like a method
(Tensor gradDot, Tensor gradSum, Tensor gradDetached) Solve(Tensor x)
{
    x.requires_grad_();
    (2 * x.dot(x)).backward();
    var g = x.grad();
    return (g, g, g);
}
