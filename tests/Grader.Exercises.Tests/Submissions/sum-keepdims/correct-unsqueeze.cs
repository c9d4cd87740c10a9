// verdict: Accepted
// The axis put back with unsqueeze instead of keepdim, next to broadcast-without-keepdim.
(Tensor rowSums, Tensor normalized) Solve(Tensor A)
{
    var rowSums = A.sum(dim: 1).unsqueeze(1);
    return (rowSums, A / rowSums);
}
