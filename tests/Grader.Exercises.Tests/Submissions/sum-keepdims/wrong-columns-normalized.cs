// verdict: WrongAnswer
// misconception: columns-normalized
// message: The columns were normalized
(Tensor rowSums, Tensor normalized) Solve(Tensor A)
{
    var sums = A.sum(0, keepdim: true);
    return (sums, A / sums);
}
