// verdict: ForbiddenApi
// message: System.IntPtr
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var address = (nint)A.numel();
    address += 8;
    return (A.sum(0, keepdim: true), A.cumsum((long)address - 8 - A.numel()));
}
