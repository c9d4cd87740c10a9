// verdict: TimeLimitExceeded
// message: Case 1: Time limit exceeded
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    while (true) { }
}
