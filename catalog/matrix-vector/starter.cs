Tensor Solve(Tensor A, Tensor x)
{
    // The matrix-vector product Ax.
    return x;
}
