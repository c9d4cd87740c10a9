// verdict: ForbiddenApi
// message: System.Runtime.CompilerServices.AsyncVoidMethodBuilder
// then: cumsum
// No forbidden name is written, but an async void method's exception is rethrown on the thread pool and ends the process.
async void Boom() => throw new InvalidOperationException("from the thread pool");
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    Boom();
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
