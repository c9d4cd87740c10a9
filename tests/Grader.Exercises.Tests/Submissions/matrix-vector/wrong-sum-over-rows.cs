// verdict: WrongAnswer
// misconception: elementwise-sum
// message: summed the broadcast product
Tensor Solve(Tensor A, Tensor x) => (A * x).sum(dim: 0);
