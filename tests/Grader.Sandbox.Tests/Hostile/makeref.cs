// verdict: ForbiddenApi
// message: __makeref
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    int x = 1;
    var r = __makeref(x);
    return (A, A);
}
