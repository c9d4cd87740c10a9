// verdict: WrongAnswer
// misconception: hadamard
// message: Hadamard
Tensor Solve(Tensor A, Tensor B) => A * B;
