// verdict: WrongAnswer
// misconception: one-element-not-scalar
// message: A one-element tensor is not a scalar
Tensor Solve(Tensor x, Tensor y) => x.dot(y).reshape(1);
