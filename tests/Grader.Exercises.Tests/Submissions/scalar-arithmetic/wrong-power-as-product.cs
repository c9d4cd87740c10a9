// verdict: WrongAnswer
// misconception: power-as-product
// message: The power was computed as x * y
(Tensor sum, Tensor product, Tensor quotient, Tensor power) Solve(Tensor x, Tensor y) =>
    (x + y, x * y, x / y, x * y);
