// verdict: ForbiddenApi
// message: TorchSharp.TensorExtensionMethods.Save
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // An extension method in a TorchSharp static class, not a member of Tensor.
    A.Save("/tmp/leftover.dat");
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
