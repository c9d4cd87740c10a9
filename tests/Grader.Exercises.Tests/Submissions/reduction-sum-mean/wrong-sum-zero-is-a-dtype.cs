// verdict: WrongAnswer
// misconception: sum-dtype-overload
// message: sumAxis0: Got a uint8 tensor
(Tensor total, Tensor mean, Tensor sumAxis0, Tensor meanAxis1) Solve(Tensor A)
{
    var F = A.to(float32);
    return (A.sum(), F.mean(), A.sum(0), F.mean(dimensions: [1]));
}
