// verdict: WrongAnswer
// message: l1: Expected dtype float32, got int64
(Tensor l2, Tensor l1, Tensor frobenius) Solve(Tensor u, Tensor X) =>
    (u.to(float32).norm(), u.abs().sum(), X.to(float32).norm());
