// verdict: TimeLimitExceeded
// message: Case 3: Time limit exceeded
int calls = 0;
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    if (++calls == 3) while (true) { }
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
