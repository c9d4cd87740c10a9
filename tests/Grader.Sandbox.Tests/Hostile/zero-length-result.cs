// verdict: WrongAnswer
// message: Expected shape (1, 2), got (0, 3)
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // A tensor with a zero-length dimension has no storage to read: capturing it once crashed the result's capture.
    return (torch.zeros(0, 3, dtype: ScalarType.Int64), A.cumsum(0));
}
