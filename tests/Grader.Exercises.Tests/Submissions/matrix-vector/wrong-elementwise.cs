// verdict: WrongAnswer
// misconception: elementwise-not-summed
// message: You returned A * x
Tensor Solve(Tensor A, Tensor x) => A * x;
