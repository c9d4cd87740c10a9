// verdict: ForbiddenApi
// message: TorchSharp.torch.Tensor.data
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // A TensorAccessor keeps the pointer it was made with; resizing its tensor through an out: argument let it read
    // 200,000 floats from a 4-byte allocation: whatever earlier runs left on the worker's heap.
    var y = torch.zeros(1);
    var accessor = y.data<float>();
    torch.amax(torch.ones(200000, 2), new long[] { 1 }, false, @out: y);
    Console.WriteLine(string.Join(",", accessor.ToArray().Take(100)));
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
