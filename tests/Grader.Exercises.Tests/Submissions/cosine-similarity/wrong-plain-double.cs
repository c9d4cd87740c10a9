// verdict: CompilationError
// message: the exercise needs Tensor Solve(Tensor x, Tensor y)
double Solve(Tensor a, Tensor b, Tensor c) => 0;
