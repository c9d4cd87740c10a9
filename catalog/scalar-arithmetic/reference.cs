(Tensor sum, Tensor product, Tensor quotient, Tensor power) Solve(Tensor x, Tensor y) =>
    (x + y, x * y, x / y, x.pow(y));
