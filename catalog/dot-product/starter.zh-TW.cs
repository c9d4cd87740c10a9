Tensor Solve(Tensor x, Tensor y)
{
    // x 與 y 的內積，為 0 維張量。
    return x;
}
