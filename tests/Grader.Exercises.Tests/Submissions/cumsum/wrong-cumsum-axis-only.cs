// verdict: WrongAnswer
// misconception: wrong-axis
// message: You reduced along axis 1
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var total = A.sum(0, keepdim: true);
    return (total, A.cumsum(1));
}
