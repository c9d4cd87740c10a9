// verdict: WrongAnswer
// misconception: squared-norms
// message: squared norms
Tensor Solve(Tensor x, Tensor y) => x.dot(y) / (x.dot(x) * y.dot(y));
