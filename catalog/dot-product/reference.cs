Tensor Solve(Tensor x, Tensor y) => x.dot(y);
