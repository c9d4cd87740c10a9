// verdict: WrongAnswer
// misconception: rows-and-columns-swapped
// message: A has cols rows and rows columns
(Tensor A, Tensor AT) Solve(Tensor x, long rows, long cols)
{
    var A = x.reshape(cols, rows);
    return (A, A.T);
}
