// verdict: RuntimeError
// message: size mismatch
Tensor Solve(Tensor A, Tensor x) => A.T.mv(x);
