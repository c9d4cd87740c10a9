// verdict: ForbiddenApi
// message: System.Threading.Timer
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var t = new System.Threading.Timer(_ => Console.WriteLine("later"), null, 0, 1);
    return (A, A);
}
