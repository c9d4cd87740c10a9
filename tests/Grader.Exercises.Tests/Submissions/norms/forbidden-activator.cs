// verdict: ForbiddenApi
// line: 6
// api: System.Activator.CreateInstance
(Tensor l2, Tensor l1, Tensor frobenius) Solve(Tensor u, Tensor X)
{
    var anything = Activator.CreateInstance(typeof(object));
    var v = u.to(float32);
    return (v.norm(), v.abs().sum(), X.to(float32).norm());
}
