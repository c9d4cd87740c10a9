// verdict: TimeLimitExceeded
// message: Time limit exceeded
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var until = DateTime.UtcNow.AddSeconds(30);
    while (DateTime.UtcNow < until) { }
    return (A, A);
}
