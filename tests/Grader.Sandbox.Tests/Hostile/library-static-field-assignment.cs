// verdict: ForbiddenApi
// message: TorchSharp.torch.float32
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // TorchSharp's dtype names are plain public static fields: assigning one changed every later run in the worker
    // (other students' code and even their cases' inputs). The canary checks them too.
    torch.float32 = torch.ScalarType.Int64;
    TensorIndex.Colon = TensorIndex.Single(0);
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
