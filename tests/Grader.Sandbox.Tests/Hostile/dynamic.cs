// verdict: CompilationError
// message: Microsoft.CSharp
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    dynamic d = A;
    return (d.sum(0, true), d.cumsum(0));
}
