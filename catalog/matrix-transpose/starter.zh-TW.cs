(Tensor A, Tensor AT) Solve(Tensor x, long rows, long cols)
{
    // A：把 x 排成 rows 列、cols 行的矩陣。AT：A 的轉置。
    return (x, x);
}
