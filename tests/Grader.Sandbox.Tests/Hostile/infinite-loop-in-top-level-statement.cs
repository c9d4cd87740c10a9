// verdict: TimeLimitExceeded
// message: Case 1: Time limit exceeded
while (true) { }
(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A, A);
