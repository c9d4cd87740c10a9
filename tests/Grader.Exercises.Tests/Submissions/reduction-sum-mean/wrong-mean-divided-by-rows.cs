// verdict: WrongAnswer
// misconception: mean-divided-by-wrong-count
// message: meanAxis1 was divided by the number of rows
(Tensor total, Tensor mean, Tensor sumAxis0, Tensor meanAxis1) Solve(Tensor A)
{
    var F = A.to(float32);
    var rows = A.shape[0];
    return (A.sum(), F.mean(), A.sum(dim: 0), F.sum(dim: 1) / rows);
}
