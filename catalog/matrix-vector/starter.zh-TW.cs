Tensor Solve(Tensor A, Tensor x)
{
    // 矩陣與向量的乘積 Ax。
    return x;
}
