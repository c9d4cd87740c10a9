// verdict: WrongAnswer
// misconception: floor-division
// message: The quotient was rounded down
(Tensor sum, Tensor product, Tensor quotient, Tensor power) Solve(Tensor x, Tensor y) =>
    (x + y, x * y, torch.floor_divide(x, y), x.pow(y));
