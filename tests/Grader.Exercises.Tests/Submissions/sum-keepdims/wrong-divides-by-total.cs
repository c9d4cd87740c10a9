// verdict: WrongAnswer
// misconception: divided-by-total
// message: You divided by the sum of the whole matrix
(Tensor rowSums, Tensor normalized) Solve(Tensor A)
{
    var total = A.sum();
    return (total, A / total);
}
