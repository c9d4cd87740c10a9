// verdict: WrongAnswer
// message: Expected shape (2,), got ()
Tensor Solve(Tensor A, Tensor x) => A[0].dot(x);
