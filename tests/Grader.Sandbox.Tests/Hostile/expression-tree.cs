// verdict: CompilationError
// message: Expression
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    System.Linq.Expressions.Expression<Func<int>> e = () => 1;
    return (A, A);
}
