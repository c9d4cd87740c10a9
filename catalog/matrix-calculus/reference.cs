(Tensor gradAx, Tensor gradQuadratic, Tensor gradSquaredNorm, Tensor gradFrobenius) Solve(Tensor A, Tensor x, Tensor X)
{
    var columns = new List<Tensor>();
    for (var i = 0; i < A.shape[0]; i++)
    {
        var v = Leaf(x);
        A.mv(v)[i].backward();
        columns.Add(v.grad!);
    }

    var q = Leaf(x);
    q.dot(A.mv(q)).backward();

    var s = Leaf(x);
    s.dot(s).backward();

    var F = Leaf(X);
    F.pow(2).sum().backward();

    return (stack(columns, dim: 1), q.grad!, s.grad!, F.grad!);
}

Tensor Leaf(Tensor t) => t.detach().clone().requires_grad_();
