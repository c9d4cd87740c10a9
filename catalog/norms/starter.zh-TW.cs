(Tensor l2, Tensor l1, Tensor frobenius) Solve(Tensor u, Tensor X)
{
    // u 的 L2 與 L1 範數、X 的 Frobenius 範數，各為 0 維 float32 張量。
    return (u, u, X);
}
