// verdict: ForbiddenApi
// message: System.Environment.GetEnvironmentVariables
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    foreach (var v in Environment.GetEnvironmentVariables().Keys) Console.WriteLine(v);
    return (A, A);
}
