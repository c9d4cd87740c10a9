// verdict: WrongAnswer
// misconception: spectral-for-frobenius
// message: For the matrix you returned its spectral norm
(Tensor l2, Tensor l1, Tensor frobenius) Solve(Tensor u, Tensor X)
{
    var v = u.to(float32);
    return (v.norm(), v.abs().sum(), linalg.matrix_norm(X.to(float32), 2));
}
