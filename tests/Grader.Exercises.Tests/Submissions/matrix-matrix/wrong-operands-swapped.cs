// verdict: WrongAnswer
// misconception: operands-swapped
// message: You computed BA
Tensor Solve(Tensor A, Tensor B) => B.mm(A);
