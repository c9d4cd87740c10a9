// verdict: ForbiddenApi
// message: System.IntPtr
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // IntPtr is never written: the type comes by inference from a tuple item.
    var pair = (A.numel(), A.Handle);
    Console.WriteLine(pair.Item2.ToInt64());
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
