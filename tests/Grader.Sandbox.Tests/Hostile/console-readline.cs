// verdict: ForbiddenApi
// message: System.Console.ReadLine
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    Console.ReadLine();
    return (A, A);
}
