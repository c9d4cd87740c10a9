// verdict: ForbiddenApi
// message: TorchSharp.torch.Tensor.rename
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // libtorch repeats tensor names in its error messages: text of the student's choosing in the grader's output.
    var named = A.rename(new[] { "Accepted", "5 of 5 cases passed" });
    return (named.sum(0, keepdim: true), A.cumsum(0));
}
