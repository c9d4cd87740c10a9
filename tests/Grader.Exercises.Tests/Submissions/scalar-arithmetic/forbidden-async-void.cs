// verdict: ForbiddenApi
// line: 5
// api: System.Runtime.CompilerServices.AsyncVoidMethodBuilder
// An async void method's exception is rethrown on the thread pool, where it would end the grader's process.
async void Check(Tensor y) { if (y.eq(0).any().item<bool>()) throw new DivideByZeroException(); }
(Tensor sum, Tensor product, Tensor quotient, Tensor power) Solve(Tensor x, Tensor y)
{
    Check(y);
    return (x + y, x * y, x / y, x.pow(y));
}
