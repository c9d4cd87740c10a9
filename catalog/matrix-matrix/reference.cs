Tensor Solve(Tensor A, Tensor B) => A.mm(B);
