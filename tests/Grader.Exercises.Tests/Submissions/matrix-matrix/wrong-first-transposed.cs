// verdict: WrongAnswer
// misconception: first-transposed
// message: You multiplied Aᵀ by B
Tensor Solve(Tensor A, Tensor B) => A.T.mm(B);
