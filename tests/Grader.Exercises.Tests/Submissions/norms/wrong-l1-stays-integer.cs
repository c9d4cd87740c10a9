// verdict: WrongAnswer
// misconception: l1-stays-integer
// message: The L1 norm is int64
(Tensor l2, Tensor l1, Tensor frobenius) Solve(Tensor u, Tensor X) =>
    (u.to(float32).norm(), u.abs().sum(), X.to(float32).norm());
