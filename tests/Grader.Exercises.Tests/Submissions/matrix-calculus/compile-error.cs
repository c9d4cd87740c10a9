// verdict: CompilationError
// line: 5
// message: The name 'At' does not exist in the current context
(Tensor gradAx, Tensor gradQuadratic, Tensor gradSquaredNorm, Tensor gradFrobenius) Solve(Tensor A, Tensor x, Tensor X) =>
    (At, (A + A.T).mv(x), 2 * x, 2 * X);
