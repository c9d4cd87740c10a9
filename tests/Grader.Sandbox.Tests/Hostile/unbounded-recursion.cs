// verdict: RuntimeError
// message: Stack overflow
long Down(long n) => Down(n + 1) + 1;
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    Down(0);
    return (A, A);
}
