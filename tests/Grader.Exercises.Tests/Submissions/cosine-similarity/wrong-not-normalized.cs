// verdict: WrongAnswer
// misconception: not-normalized
// message: You returned the dot product xᵀy itself
Tensor Solve(Tensor x, Tensor y) => (x * y).sum();
