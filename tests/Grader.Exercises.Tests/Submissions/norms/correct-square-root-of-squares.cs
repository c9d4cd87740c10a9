// verdict: Accepted
// Norms from their definitions, next to squared-norm (the same without the square roots) and l1-stays-integer.
(Tensor l2, Tensor l1, Tensor frobenius) Solve(Tensor u, Tensor X)
{
    var v = u.to(ScalarType.Float32);
    var F = X.to(ScalarType.Float32);
    return ((v * v).sum().sqrt(), v.abs().sum(), (F * F).sum().sqrt());
}
