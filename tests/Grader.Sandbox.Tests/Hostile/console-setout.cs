// verdict: ForbiddenApi
// message: System.Console.SetOut
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    Console.SetOut(System.IO.TextWriter.Null);
    return (A, A);
}
