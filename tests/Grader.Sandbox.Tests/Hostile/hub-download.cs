// verdict: ForbiddenApi
// message: TorchSharp.torch.hub
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    torch.hub.download_url_to_file("http://192.0.2.1/weights.bin", "/tmp/weights.bin");
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
