// verdict: WrongAnswer
// misconception: axes-swapped
// message: The axes are swapped
(Tensor total, Tensor mean, Tensor sumAxis0, Tensor meanAxis1) Solve(Tensor A)
{
    var F = A.to(float32);
    return (A.sum(), F.mean(), A.sum(dim: 1), F.mean(dimensions: [0]));
}
