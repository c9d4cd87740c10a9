// verdict: WrongAnswer
// message: The value at [0, 0] is 2, expected 1
Tensor Solve(Tensor A, Tensor B) => A.T.mm(B);
