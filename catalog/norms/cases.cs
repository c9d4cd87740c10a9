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

Misconception<Tensor, Tensor>("l1-stays-integer",
    Text("The L1 norm is int64: u.abs().sum() on integers stays an integer. The exercise returns every norm as a float32 tensor.", "L1 範數是 int64：對整數做 u.abs().sum() 結果仍是整數。題目要求每個範數都是 float32 張量。"),
    Text("Convert once at the start, v = u.to(float32), and take all the norms from v.", "一開始就轉型一次 v = u.to(float32)，所有範數都從 v 計算。"),
    (u, X) => (u.to(float32).norm(), u.abs().sum(), X.to(float32).norm()));
Misconception<Tensor, Tensor>("l1-l2-swapped",
    Text("l2 and l1 are swapped: the L2 norm is sqrt(Σ uᵢ²) (norm()), the L1 norm Σ |uᵢ| (abs().sum()).", "l2 與 l1 弄反了：L2 範數是 sqrt(Σ uᵢ²)（norm()），L1 範數是 Σ |uᵢ|（abs().sum()）。"),
    Text("Check with u = [3, −4]: L2 is 5, L1 is 7.", "用 u = [3, −4] 檢查：L2 是 5，L1 是 7。"),
    (u, X) => (u.to(float32).abs().sum(), u.to(float32).norm(), X.to(float32).norm()));
Misconception<Tensor, Tensor>("frobenius-as-l1",
    Text("For the matrix you summed absolute values (an entrywise L1 norm); the Frobenius norm is the square root of the sum of squares, like L2 for a vector.", "矩陣部分你加總的是絕對值（逐元素 L1 範數）；Frobenius 範數是平方和的平方根，就像向量的 L2。"),
    Text("X.to(float32).norm() is the Frobenius norm: sqrt(Σᵢⱼ xᵢⱼ²).", "X.to(float32).norm() 就是 Frobenius 範數：sqrt(Σᵢⱼ xᵢⱼ²)。"),
    (u, X) => (u.to(float32).norm(), u.to(float32).abs().sum(), X.to(float32).abs().sum()));
Misconception<Tensor, Tensor>("spectral-for-frobenius",
    Text("For the matrix you returned its spectral norm (the largest singular value, matrix_norm with ord 2); the Frobenius norm is sqrt(Σᵢⱼ xᵢⱼ²), the L2 norm of all its entries.", "矩陣部分你傳回的是譜範數（最大的奇異值，即 ord 為 2 的 matrix_norm）；Frobenius 範數是 sqrt(Σᵢⱼ xᵢⱼ²)，也就是所有元素的 L2 範數。"),
    Text("X.to(float32).norm() (or linalg.matrix_norm with its default, \"fro\") is the Frobenius norm.", "X.to(float32).norm()（或使用預設 \"fro\" 的 linalg.matrix_norm）就是 Frobenius 範數。"),
    (u, X) => (u.to(float32).norm(), u.to(float32).abs().sum(), linalg.matrix_norm(X.to(float32), 2)));
