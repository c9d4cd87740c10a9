Example("A = arange(6).reshape(2, 3), x = arange(3)", () => [arange(6).reshape(2, 3), arange(3)]);
Example("A = arange(9, dtype: float32).reshape(3, 3), x = ones(3)", () => [arange(9, dtype: float32).reshape(3, 3), ones(3)]);

Hidden(Text("a random rectangular matrix", "隨機的長方形矩陣"),
    r =>
    {
        var m = r.Next(2, 6);
        var n = r.Next(2, 6);
        return [RandomFloats(r, [m, n]), RandomFloats(r, [n])];
    },
    Text("The result has one element per row of A.", "結果中每一個元素對應 A 的一列。"));
Hidden(Text("a random square integer matrix", "隨機的整數方陣"),
    r =>
    {
        var n = r.Next(2, 6);
        return [RandomInts(r, [n, n], -9, 9), RandomInts(r, [n], -9, 9)];
    },
    Text("Element i is row i of A dotted with x, not column i.", "第 i 個元素是 A 的第 i 列（不是第 i 行）與 x 的內積。"));

Misconception<Tensor, Tensor>("columns-not-rows",
    Text("You computed Aᵀx (columns of A dotted with x); Ax uses the rows of A.", "你算的是 Aᵀx（A 的各行與 x 做內積）；Ax 用的是 A 的各列。"),
    Text("Element i of Ax is row i of A dotted with x: A.mv(x), without a transpose.", "Ax 的第 i 個元素是 A 的第 i 列與 x 的內積：A.mv(x)，不需要轉置。"),
    (A, x) => A.T.mv(x));
Misconception<Tensor, Tensor>("elementwise-sum",
    Text("You summed the broadcast product A * x over the wrong axis.", "你把廣播乘積 A * x 沿錯誤的軸加總了。"),
    Text("A * x multiplies each row by x; summing over axis 1 (each row) gives Ax. A.mv(x) does it in one call.", "A * x 把每一列乘上 x；沿第 1 軸（每一列內）加總才是 Ax。A.mv(x) 一次完成。"),
    (A, x) => (A * x).sum(dim: 0));

Misconception<Tensor, Tensor>("elementwise-not-summed",
    Text("You returned A * x, which multiplies every row of A by x elementwise (a matrix); Ax also adds up each row, giving one number per row.", "你傳回的是 A * x，它把 A 的每一列與 x 逐元素相乘（得到矩陣）；Ax 還要把每一列加起來，每列得到一個數。"),
    Text("Use A.mv(x) (or A.matmul(x)); (A * x).sum(dim: 1) gives the same.", "請用 A.mv(x)（或 A.matmul(x)）；(A * x).sum(dim: 1) 結果相同。"),
    (A, x) => A * x);
Misconception<Tensor, Tensor>("first-row-only",
    Text("You returned only row 0 of A dotted with x; Ax has one such dot product for every row of A.", "你只傳回了 A 的第 0 列與 x 的內積；Ax 對 A 的每一列都有一個這樣的內積。"),
    Text("A.mv(x) computes every row's dot product at once.", "A.mv(x) 一次算出每一列的內積。"),
    (A, x) => A[0].dot(x));
