Tensor Solve(Tensor x, Tensor y)
{
    // cos θ = xᵀy / (‖x‖ ‖y‖)
    return x.dot(y);
}
