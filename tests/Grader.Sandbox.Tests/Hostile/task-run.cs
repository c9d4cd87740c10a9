// verdict: ForbiddenApi
// message: System.Threading.Tasks.Task.Run
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    System.Threading.Tasks.Task.Run(() => { while (true) { } });
    return (A, A);
}
