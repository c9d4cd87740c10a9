// verdict: ForbiddenApi
// line: 7
// api: TorchSharp.torch.save
Tensor Solve(Tensor A, Tensor B)
{
    var C = A.mm(B);
    torch.save(C, "/tmp/leak.pt");
    return C;
}
