// verdict: WrongAnswer
// misconception: l1-l2-swapped
// message: l2 and l1 are swapped
(Tensor l2, Tensor l1, Tensor frobenius) Solve(Tensor u, Tensor X)
{
    var v = u.to(float32);
    return (v.abs().sum(), v.norm(), X.to(float32).norm());
}
