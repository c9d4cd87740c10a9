(Tensor A, Tensor AT) Solve(Tensor x, long rows, long cols)
{
    var A = x.reshape(rows, cols);
    return (A, A.T);
}
