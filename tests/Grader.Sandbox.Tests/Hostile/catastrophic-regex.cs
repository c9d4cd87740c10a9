// verdict: TimeLimitExceeded
// message: Time limit exceeded
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    System.Text.RegularExpressions.Regex.IsMatch(new string('a', 40) + "!", "^(a+)+$");
    return (A, A);
}
