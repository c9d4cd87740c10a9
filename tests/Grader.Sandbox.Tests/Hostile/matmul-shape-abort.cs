// verdict: RuntimeError
// message: mat1 and mat2 shapes cannot be multiplied (3x2 and 3x2)
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var product = A.matmul(A);
    return (product, product);
}
