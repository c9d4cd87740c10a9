(Tensor rowSums, Tensor normalized) Solve(Tensor A)
{
    // 各列的總和（保留第 1 軸），再把 A 除以它們。
    var rowSums = A;
    return (rowSums, A);
}
