// verdict: ForbiddenApi
// message: TorchSharp.torch.Tensor.storage
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // The storage hands out the address of the tensor's memory.
    Console.WriteLine(A.storage<long>().data_ptr());
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
