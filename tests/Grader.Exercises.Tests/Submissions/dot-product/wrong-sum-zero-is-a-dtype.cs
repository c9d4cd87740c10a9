// verdict: WrongAnswer
// misconception: sum-dtype-overload
// message: Got a uint8 tensor of shape ()
Tensor Solve(Tensor x, Tensor y) => (x * y).sum(0);
