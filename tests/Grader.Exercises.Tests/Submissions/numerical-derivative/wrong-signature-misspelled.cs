// verdict: CompilationError
// line: 4
// message: Solve must be `double Solve(Func<double, double> f, double x)`; no method is named Solve, but line 4 defines `Slove`
double Slove(Func<double, double> f, double x) => (f(x + 1e-5) - f(x - 1e-5)) / 2e-5;
