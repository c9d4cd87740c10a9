// verdict: WrongAnswer
// misconception: power-reversed
// message: The power is y to the x
(Tensor sum, Tensor product, Tensor quotient, Tensor power) Solve(Tensor x, Tensor y) =>
    (x + y, x * y, x / y, torch.pow(y, x));
