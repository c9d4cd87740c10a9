(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(0, keepdim: true), A.cumsum(0));
