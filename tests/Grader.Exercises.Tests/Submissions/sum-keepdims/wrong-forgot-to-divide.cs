// verdict: WrongAnswer
// misconception: forgot-to-divide
// message: normalized is A itself
(Tensor rowSums, Tensor normalized) Solve(Tensor A)
{
    var sums = A.sum(1, keepdim: true);
    return (sums, A);
}
