// verdict: WrongAnswer
// misconception: transposed
// message: The result is transposed
Tensor Solve(Tensor A, Tensor B) => A.mm(B).T;
