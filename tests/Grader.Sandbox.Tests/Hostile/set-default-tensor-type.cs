// verdict: ForbiddenApi
// message: TorchSharp.torch.set_default_tensor_type
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // set_default_dtype is refused; this is the same global setting by another door.
    torch.set_default_tensor_type(torch.zeros(1, dtype: float64));
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
