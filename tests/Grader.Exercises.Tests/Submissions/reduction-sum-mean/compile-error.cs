// verdict: CompilationError
// line: 6
// message: The name 'F' does not exist in the current context
(Tensor total, Tensor mean, Tensor sumAxis0, Tensor meanAxis1) Solve(Tensor A)
{
    return (A.sum(), F.mean(), A.sum(dim: 0), A.mean(dimensions: [1]));
}
