// verdict: CompilationError
// line: 6
// message: keepDim
(Tensor rowSums, Tensor normalized) Solve(Tensor A)
{
    var sums = A.sum(1, keepDim: true);
    return (sums, A / sums);
}
