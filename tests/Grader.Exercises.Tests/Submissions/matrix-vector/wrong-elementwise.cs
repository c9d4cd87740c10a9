// verdict: WrongAnswer
// message: Expected shape (2,), got (2, 3)
Tensor Solve(Tensor A, Tensor x) => A * x;
