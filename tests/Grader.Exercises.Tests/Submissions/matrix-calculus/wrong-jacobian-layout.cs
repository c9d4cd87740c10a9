// verdict: WrongAnswer
// misconception: transposed
// message: gradAx: The result is transposed
(Tensor gradAx, Tensor gradQuadratic, Tensor gradSquaredNorm, Tensor gradFrobenius) Solve(Tensor A, Tensor x, Tensor X)
{
    var rows = new List<Tensor>();
    for (var i = 0; i < A.shape[0]; i++)
    {
        var v = x.detach().clone().requires_grad_();
        A.mv(v)[i].backward();
        rows.Add(v.grad!);
    }

    return (stack(rows), (A + A.T).mv(x), 2 * x, 2 * X);
}
