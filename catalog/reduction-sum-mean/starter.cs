(Tensor total, Tensor mean, Tensor sumAxis0, Tensor meanAxis1) Solve(Tensor A)
{
    // Sum of all, mean of all, sums along axis 0, means along axis 1.
    return (A, A, A, A);
}
