// verdict: WrongAnswer
// misconception: frobenius-as-l1
// message: For the matrix you summed absolute values
(Tensor l2, Tensor l1, Tensor frobenius) Solve(Tensor u, Tensor X)
{
    var v = u.to(float32);
    return (v.norm(), v.abs().sum(), X.to(float32).abs().sum());
}
