// verdict: WrongAnswer
// misconception: reshape-not-transpose
// message: reshape(cols, rows)
(Tensor A, Tensor AT) Solve(Tensor x, long rows, long cols)
{
    var A = x.reshape(rows, cols);
    return (A, x.reshape(cols, rows));
}
