// verdict: WrongAnswer
// misconception: one-element-not-scalar
// message: Expected a 0-d tensor (a scalar, shape ()), got shape (1,)
(Tensor sum, Tensor product, Tensor quotient, Tensor power) Solve(Tensor x, Tensor y) =>
    ((x + y).reshape(1), x * y, x / y, x.pow(y));
