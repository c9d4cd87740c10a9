// verdict: RuntimeError
// message: requires grad
(Tensor gradDot, Tensor gradSum, Tensor gradDetached) Solve(Tensor x)
{
    (2 * x.dot(x)).backward();
    return (x.grad!, x.grad!, x.grad!);
}
