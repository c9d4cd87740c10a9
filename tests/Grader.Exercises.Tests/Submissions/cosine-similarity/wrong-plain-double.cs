// verdict: CompilationError
// line: 4
// message: Solve must be `Tensor Solve(Tensor x, Tensor y)`; yours (line 4) is `double Solve(Tensor a, Tensor b, Tensor c)`: it takes 3 parameters, and the exercise passes 2
double Solve(Tensor a, Tensor b, Tensor c) => 0;
