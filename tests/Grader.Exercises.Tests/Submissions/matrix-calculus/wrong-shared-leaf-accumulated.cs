// verdict: WrongAnswer
// misconception: shared-leaf
// message: the same leaf was used for two backward passes
(Tensor gradAx, Tensor gradQuadratic, Tensor gradSquaredNorm, Tensor gradFrobenius) Solve(Tensor A, Tensor x, Tensor X)
{
    var v = x.detach().clone().requires_grad_();
    var columns = new List<Tensor>();
    for (var i = 0; i < A.shape[0]; i++)
    {
        var w = x.detach().clone().requires_grad_();
        A.mv(w)[i].backward();
        columns.Add(w.grad!);
    }

    v.dot(A.mv(v)).backward();
    var quadratic = v.grad!.clone();
    v.dot(v).backward();
    var F = X.detach().clone().requires_grad_();
    F.pow(2).sum().backward();
    return (stack(columns, dim: 1), quadratic, v.grad!, F.grad!);
}
