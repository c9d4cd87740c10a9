// verdict: ForbiddenApi
// message: System.UIntPtr
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var addresses = new List<nuint> { 1, 2 };
    return (A.sum(0, keepdim: true), A.cumsum(addresses.Count - 2));
}
