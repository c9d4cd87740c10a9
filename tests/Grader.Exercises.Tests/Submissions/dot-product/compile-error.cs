// verdict: CompilationError
// line: 4
// message: The name 'dotproduct' does not exist in the current context
Tensor Solve(Tensor x, Tensor y) => dotproduct(x, y);
