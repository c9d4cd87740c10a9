// verdict: ForbiddenApi
// message: TorchSharp.torch.Tensor.Handle
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    Console.WriteLine(A.Handle);
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
