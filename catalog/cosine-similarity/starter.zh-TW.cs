Tensor Solve(Tensor x, Tensor y)
{
    // 夾角的餘弦：cos θ = xᵀy / (‖x‖ ‖y‖)
    return x.dot(y);
}
