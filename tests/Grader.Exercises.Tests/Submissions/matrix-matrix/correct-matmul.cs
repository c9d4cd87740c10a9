// verdict: Accepted
// matmul instead of mm, next to hadamard (A * B) and first-transposed.
Tensor Solve(Tensor A, Tensor B) => torch.matmul(A, B);
