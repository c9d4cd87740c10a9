// verdict: ForbiddenApi
// message: TorchSharp.torch.Tensor.UnsafeCreateTensor
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // An address of the student's choosing handed to libtorch: a segmentation fault in the worker.
    var forged = torch.Tensor.UnsafeCreateTensor((IntPtr)0x1234);
    return (forged, A.cumsum(0));
}
