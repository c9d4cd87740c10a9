// verdict: Accepted
// The products summed with dim: 0 named (not the dtype overload sum(0)), next to sum-of-sums and first-element-only.
Tensor Solve(Tensor x, Tensor y) => (x * y).sum(dim: 0);
