// verdict: WrongAnswer
// misconception: keepdim-missing
// message: rowSums: keepdim is missing: expected shape (2, 1), got (2,)
(Tensor rowSums, Tensor normalized) Solve(Tensor A)
{
    var sums = A.sum(1, keepdim: true);
    return (sums.squeeze(), A / sums);
}
