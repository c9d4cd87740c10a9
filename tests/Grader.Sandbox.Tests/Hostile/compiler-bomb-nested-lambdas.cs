// verdict: TimeLimitExceeded
// message: Compiling the code took longer
int Id(int x) => x;
int Id(long x) => 0;
int Id(Func<int, int> f) => 0;
int Id(Func<long, int> f) => 0;
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var x = Id(a0 => Id(a1 => Id(a2 => Id(a3 => Id(a4 => Id(a5 => Id(a6 => Id(a7 => Id(a8 => Id(a9 => Id(a10 => Id(a11 => Id(a12 => Id(a13 => Id(a14 => Id(a15 => Id(a16 => Id(a17 => 1))))))))))))))))));
    return (A, A);
}
