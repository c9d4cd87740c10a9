Example("A = arange(4, dtype: float32).reshape(2, 2), x = tensor(new[] { 1f, 2f }), X = arange(6, dtype: float32).reshape(2, 3)",
    () => [arange(4, dtype: float32).reshape(2, 2), tensor(new[] { 1f, 2f }), arange(6, dtype: float32).reshape(2, 3)]);

Hidden(Text("a random 3 × 3 matrix", "隨機的 3 × 3 矩陣"),
    r => [RandomFloats(r, [3, 3], -3, 3), RandomFloats(r, [3], -3, 3), RandomFloats(r, [2, 2], -3, 3)],
    Text("Column i of gradAx is the gradient of the i-th entry of Ax.", "gradAx 的第 i 行是 Ax 第 i 個元素的梯度。"));
Hidden(Text("a random non-symmetric matrix", "隨機的非對稱矩陣"),
    r =>
    {
        var n = r.Next(3, 6);
        return [RandomFloats(r, [n, n], -3, 3), RandomFloats(r, [n], -3, 3), RandomFloats(r, [n, 2], -3, 3)];
    },
    Text("(A + Aᵀ)x equals 2Ax only when A is symmetric.", "只有在 A 對稱時，(A + Aᵀ)x 才等於 2Ax。"));

Misconception<Tensor, Tensor, Tensor>("assumed-symmetric",
    Text("gradQuadratic is 2Ax, which holds only for symmetric A; the gradient of xᵀAx is (A + Aᵀ)x.", "gradQuadratic 算成了 2Ax，這只在 A 對稱時成立；xᵀAx 的梯度是 (A + Aᵀ)x。"),
    Text("Differentiate xᵀAx term by term: x appears on both sides, giving Aᵀx + Ax. Let autograd compute it: q.dot(A.mv(q)).backward().", "逐項微分 xᵀAx：x 出現在兩邊，得到 Aᵀx + Ax。讓自動微分來算：q.dot(A.mv(q)).backward()。"),
    (A, x, X) => (A.T, 2 * A.mv(x), 2 * x, 2 * X));
Misconception<Tensor, Tensor, Tensor>("norm-not-squared",
    Text("gradSquaredNorm is the gradient of ‖x‖ (x / ‖x‖); the exercise differentiates the squared norm ‖x‖² = xᵀx.", "gradSquaredNorm 算成了 ‖x‖ 的梯度（x / ‖x‖）；題目要的是範數平方 ‖x‖² = xᵀx 的梯度。"),
    Text("Differentiate s.dot(s) (that is ‖x‖²), not s.norm().", "要對 s.dot(s)（也就是 ‖x‖²）微分，不是 s.norm()。"),
    (A, x, X) => (A.T, (A + A.T).mv(x), x / x.norm(), 2 * X));

Misconception<Tensor, Tensor, Tensor>("shared-leaf",
    Text("gradSquaredNorm includes the gradient of xᵀAx: the same leaf was used for two backward passes, and its .grad accumulated ((A + Aᵀ)x + 2x).", "gradSquaredNorm 裡含有 xᵀAx 的梯度：同一個葉節點做了兩次 backward，它的 .grad 累加了（(A + Aᵀ)x + 2x）。"),
    Text("Give each identity a fresh leaf: x.detach().clone().requires_grad_().", "每個恆等式都用新的葉節點：x.detach().clone().requires_grad_()。"),
    (A, x, X) => (A.T, (A + A.T).mv(x), (A + A.T).mv(x) + (2 * x), 2 * X));
Misconception<Tensor, Tensor, Tensor>("frobenius-not-squared",
    Text("gradFrobenius is the gradient of ‖X‖_F (X / ‖X‖_F); the exercise differentiates the squared norm ‖X‖_F² = Σ xᵢⱼ², whose gradient is 2X.", "gradFrobenius 算成了 ‖X‖_F 的梯度（X / ‖X‖_F）；題目要的是範數平方 ‖X‖_F² = Σ xᵢⱼ² 的梯度，也就是 2X。"),
    Text("Differentiate F.pow(2).sum(), not F.norm().", "要對 F.pow(2).sum() 微分，而不是 F.norm()。"),
    (A, x, X) => (A.T, (A + A.T).mv(x), 2 * x, X / X.norm()));
