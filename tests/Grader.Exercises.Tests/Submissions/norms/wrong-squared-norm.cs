// verdict: WrongAnswer
// misconception: squared-norm
// message: you returned the sums of squares
(Tensor l2, Tensor l1, Tensor frobenius) Solve(Tensor u, Tensor X)
{
    var v = u.to(float32);
    var F = X.to(float32);
    return ((v * v).sum(), v.abs().sum(), (F * F).sum());
}
