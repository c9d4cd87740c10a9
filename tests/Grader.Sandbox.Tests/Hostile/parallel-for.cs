// verdict: CompilationError
// message: Parallel
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    System.Threading.Tasks.Parallel.For(0, 10, _ => { });
    return (A, A);
}
