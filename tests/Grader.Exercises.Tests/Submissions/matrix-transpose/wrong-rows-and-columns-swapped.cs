// verdict: WrongAnswer
// message: A: Expected shape (3, 2), got (2, 3)
(Tensor A, Tensor AT) Solve(Tensor x, long rows, long cols)
{
    var A = x.reshape(cols, rows);
    return (A, A.T);
}
