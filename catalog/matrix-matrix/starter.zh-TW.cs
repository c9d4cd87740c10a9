Tensor Solve(Tensor A, Tensor B)
{
    // 矩陣乘積 AB。
    return A;
}
