// verdict: WrongAnswer
// misconception: broadcast-without-keepdim
// message: Without keepdim the row sums have shape (m,)
(Tensor rowSums, Tensor normalized) Solve(Tensor A)
{
    var sums = A.sum(dim: 1);
    return (sums, A / sums);
}
