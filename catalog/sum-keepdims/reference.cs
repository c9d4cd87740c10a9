(Tensor rowSums, Tensor normalized) Solve(Tensor A)
{
    var rowSums = A.sum(1, keepdim: true);
    return (rowSums, A / rowSums);
}
