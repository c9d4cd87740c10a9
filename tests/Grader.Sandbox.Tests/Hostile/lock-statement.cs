// verdict: ForbiddenApi
// message: System.Threading.Monitor.Enter
// No forbidden name is written: lock compiles to System.Threading.Monitor calls.
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    lock (A) { return (A.sum(0, keepdim: true), A.cumsum(0)); }
}
