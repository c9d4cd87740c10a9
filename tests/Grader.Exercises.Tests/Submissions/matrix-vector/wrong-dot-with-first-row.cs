// verdict: WrongAnswer
// misconception: first-row-only
// message: You returned only row 0 of A
Tensor Solve(Tensor A, Tensor x) => A[0].dot(x);
