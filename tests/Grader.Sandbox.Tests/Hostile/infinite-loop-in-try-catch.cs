// verdict: TimeLimitExceeded
// message: Time limit exceeded
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    while (true)
    {
        try { while (true) { } }
        catch { }
    }
}
