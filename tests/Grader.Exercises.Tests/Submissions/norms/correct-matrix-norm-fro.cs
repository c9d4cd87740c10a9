// verdict: Accepted
// linalg's matrix_norm with its default order ("fro") and vector_norm, next to spectral-for-frobenius.
(Tensor l2, Tensor l1, Tensor frobenius) Solve(Tensor u, Tensor X)
{
    var v = u.to(float32);
    return (linalg.vector_norm(v), linalg.vector_norm(v, 1), linalg.matrix_norm(X.to(float32)));
}
