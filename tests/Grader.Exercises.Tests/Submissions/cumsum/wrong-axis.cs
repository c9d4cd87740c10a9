// verdict: WrongAnswer
// misconception: wrong-axis
// message: You reduced along axis 1
(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(1, keepdim: true), A.cumsum(1));
