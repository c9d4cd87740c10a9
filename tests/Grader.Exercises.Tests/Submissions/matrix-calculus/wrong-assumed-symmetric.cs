// verdict: WrongAnswer
// misconception: assumed-symmetric
// message: gradQuadratic is 2Ax
(Tensor gradAx, Tensor gradQuadratic, Tensor gradSquaredNorm, Tensor gradFrobenius) Solve(Tensor A, Tensor x, Tensor X) =>
    (A.T, 2 * A.mv(x), 2 * x, 2 * X);
