// verdict: ForbiddenApi
// message: stackalloc
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    Span<byte> s = stackalloc byte[100_000_000];
    s[0] = 1;
    return (A, A);
}
