// verdict: ForbiddenApi
// message: TorchSharp.torch.inference_mode
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // Never disposed, so the worker's thread would stay in inference mode for the next submission.
    torch.inference_mode();
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
