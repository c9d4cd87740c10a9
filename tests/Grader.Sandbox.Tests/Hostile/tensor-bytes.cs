// verdict: ForbiddenApi
// message: TorchSharp.torch.Tensor.bytes
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // A span over native memory, writable.
    var raw = A.bytes;
    return (A.sum(0, keepdim: true), A.cumsum(raw.Length - raw.Length));
}
