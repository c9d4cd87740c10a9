// verdict: WrongAnswer
// misconception: first-element-only
// message: You returned x₀y₀
Tensor Solve(Tensor x, Tensor y)
{
    // A loop that returns on its first pass.
    for (var i = 0; i < x.shape[0]; i++)
    {
        return x[i] * y[i];
    }

    return zeros_like(x[0]);
}
