// verdict: CompilationError
// line: 5
// message: ) expected
(Tensor X, Tensor Y) Solve(long a, long b, long c)
    => (arange(a * b * c).reshape(a, b, c), 2 * arange(a * b * c).reshape(a, b, c) + 1;
