// verdict: WrongAnswer
// message: normalized: The value at [0, 0] is 1, expected 0.25
(Tensor rowSums, Tensor normalized) Solve(Tensor A)
{
    var sums = A.sum(1, keepdim: true);
    return (sums, A);
}
