// verdict: CompilationError
// line: 6
// message: ; expected
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var total = A.sum(0, keepdim: true)
    return (total, A.cumsum(0));
}
