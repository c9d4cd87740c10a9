Tensor Solve(Tensor A, Tensor B)
{
    // The matrix product AB.
    return A;
}
