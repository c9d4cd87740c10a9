Tensor Solve(Tensor A, Tensor x) => A.mv(x);
