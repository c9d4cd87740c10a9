// verdict: WrongAnswer
// misconception: one-norm-missing
// message: Only one norm is in the denominator
Tensor Solve(Tensor x, Tensor y) => x.dot(y) / x.norm();
