// verdict: WrongAnswer
// misconception: summed-everything
// message: You summed every element of A
(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(), A.cumsum(0));
