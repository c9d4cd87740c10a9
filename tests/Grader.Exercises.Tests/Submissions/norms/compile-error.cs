// verdict: CompilationError
// line: 7
// message: 'torch.Tensor' does not contain a definition for 'l2'
(Tensor l2, Tensor l1, Tensor frobenius) Solve(Tensor u, Tensor X)
{
    var v = u.to(float32);
    return (v.l2(), v.abs().sum(), X.to(float32).norm());
}
