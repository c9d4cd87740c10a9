// verdict: WrongAnswer
// misconception: l1-without-abs
// message: The L1 norm sums absolute values
(Tensor l2, Tensor l1, Tensor frobenius) Solve(Tensor u, Tensor X)
{
    var v = u.to(float32);
    return (v.norm(), v.sum(), X.to(float32).norm());
}
