// verdict: RuntimeError
// message: at line 5
(Tensor sum, Tensor product, Tensor quotient, Tensor power) Solve(Tensor x, Tensor y)
{
    var power = x ^ y;
    return (x + y, x * y, x / y, power);
}
