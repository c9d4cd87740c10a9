// verdict: WrongAnswer
// misconception: l1-norms
// message: You divided by the L1 norms
Tensor Solve(Tensor x, Tensor y) => x.dot(y) / (x.abs().sum() * y.abs().sum());
