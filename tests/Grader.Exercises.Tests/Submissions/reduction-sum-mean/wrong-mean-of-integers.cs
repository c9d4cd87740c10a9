// verdict: RuntimeError
// message: arange gives int64 tensors
(Tensor total, Tensor mean, Tensor sumAxis0, Tensor meanAxis1) Solve(Tensor A) =>
    (A.sum(), A.mean(), A.sum(dim: 0), A.mean(dimensions: [1]));
