// verdict: ForbiddenApi
// message: TorchSharp.torch.from_file
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var secret = torch.from_file("/etc/passwd", size: 64, dtype: torch.uint8);
    Console.WriteLine(secret.ToString(TorchSharp.TensorStringStyle.Numpy));
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
