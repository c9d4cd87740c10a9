// verdict: CompilationError
// line: 4
// message: Solve must be `Tensor Solve(Tensor x, Tensor y)`; no method is named Solve, but line 4 defines `solve`
Tensor solve(Tensor x, Tensor y) => x.dot(y);
