// verdict: WrongAnswer
// misconception: keepdim-missing
// message: keepdim is missing: expected shape (1, 2), got (2,)
(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(dim: 0), A.cumsum(0));
