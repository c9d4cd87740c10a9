// verdict: CompilationError
// line: 4
// message: Solve must be `Tensor Solve(Tensor A, Tensor B)`; yours (line 4) is `Tensor Solve(Tensor A)`: it takes 1 parameter, and the exercise passes 2: (Tensor A, Tensor B)
Tensor Solve(Tensor A) => A.mm(A.T);
