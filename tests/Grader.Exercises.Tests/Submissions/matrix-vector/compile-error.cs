// verdict: CompilationError
// line: 4
// message: Tensor
Tensor Solve(Tensor A, Tensor x) => mv(A);
