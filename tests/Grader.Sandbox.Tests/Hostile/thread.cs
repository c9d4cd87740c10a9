// verdict: ForbiddenApi
// message: System.Threading.Thread
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    new System.Threading.Thread(() => { while (true) { } }).Start();
    return (A, A);
}
