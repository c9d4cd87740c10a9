// verdict: WrongAnswer
// misconception: transposed
// message: AT: The result is transposed: expected shape (2, 3), got (3, 2)
(Tensor A, Tensor AT) Solve(Tensor x, long rows, long cols)
{
    var A = x.reshape(rows, cols);
    return (A, A);
}
