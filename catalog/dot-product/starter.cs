Tensor Solve(Tensor x, Tensor y)
{
    // The dot product of x and y, as a 0-d tensor.
    return x;
}
