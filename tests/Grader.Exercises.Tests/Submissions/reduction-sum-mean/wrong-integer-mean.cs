// verdict: WrongAnswer
// misconception: integer-mean
// message: integer division
(Tensor total, Tensor mean, Tensor sumAxis0, Tensor meanAxis1) Solve(Tensor A)
{
    var mean = A.sum().item<long>() / A.numel();
    var rowMeans = A.sum(dim: 1).div(A.shape[1], rounding_mode: RoundingMode.floor);
    return (A.sum(), tensor(mean), A.sum(dim: 0), rowMeans);
}
