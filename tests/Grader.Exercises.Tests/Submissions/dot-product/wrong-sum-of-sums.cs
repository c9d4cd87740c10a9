// verdict: WrongAnswer
// misconception: sum-of-sums
// message: You multiplied the sums
Tensor Solve(Tensor x, Tensor y) => x.sum() * y.sum();
