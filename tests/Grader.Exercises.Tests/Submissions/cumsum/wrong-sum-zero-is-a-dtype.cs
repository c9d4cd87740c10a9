// verdict: WrongAnswer
// misconception: sum-dtype-overload
// message: A.sum(0) does not sum along axis 0
(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(0), A.cumsum(0));
