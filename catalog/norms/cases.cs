Example("u = tensor(new long[] { 3, -4 }), X = ones(4, 9, dtype: int64)", () => [tensor(new long[] { 3, -4 }), ones(4, 9, dtype: int64)]);
Example("u = arange(5), X = arange(6).reshape(2, 3)", () => [arange(5), arange(6).reshape(2, 3)]);

Hidden(Text("a random integer vector and matrix", "隨機的整數向量與矩陣"),
    r => [RandomInts(r, [r.Next(3, 9)], -9, 9), RandomInts(r, [r.Next(2, 5), r.Next(2, 5)], -9, 9)],
    Text("Convert to float32 first; the L1 norm sums absolute values.", "請先轉成 float32；L1 範數是絕對值的總和。"));
Hidden(Text("a vector with negative entries", "含負數的向量"),
    r => [-RandomInts(r, [r.Next(3, 9)], 1, 9), RandomInts(r, [3, 3], -3, 3)],
    Text("|uᵢ| matters: negative entries count positively in L1.", "要取 |uᵢ|：負數在 L1 中也是正的貢獻。"));

Misconception<Tensor, Tensor>("squared-norm",
    Text("The L2 and Frobenius norms are the square roots of the sums of squares; you returned the sums of squares.", "L2 與 Frobenius 範數是平方和的平方根；你傳回的是平方和本身。"),
    Text("Take the square root of the sum of squares, or call .norm() directly.", "對平方和開根號，或直接呼叫 .norm()。"),
    (u, X) => (u.to(float32).pow(2).sum(), u.to(float32).abs().sum(), X.to(float32).pow(2).sum()));
Misconception<Tensor, Tensor>("l1-without-abs",
    Text("The L1 norm sums absolute values; you summed the signed entries.", "L1 範數是絕對值的總和；你加總的是帶正負號的元素。"),
    Text("‖u‖₁ = Σ |uᵢ|: take .abs() before .sum().", "‖u‖₁ = Σ |uᵢ|：在 .sum() 之前先取 .abs()。"),
    (u, X) => (u.to(float32).norm(), u.to(float32).sum(), X.to(float32).norm()));
