// verdict: WrongAnswer
// misconception: not-reduced
// message: Expected a 0-d tensor (a single number), got shape (3,)
Tensor Solve(Tensor x, Tensor y) => x * y;
