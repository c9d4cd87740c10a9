Example("A = tensor(new float[,] { { 1, 3 }, { 2, 6 } })", () => [tensor(new float[,] { { 1, 3 }, { 2, 6 } })]);
Example("A = arange(1, 7, dtype: float32).reshape(2, 3)", () => [arange(1, 7, dtype: float32).reshape(2, 3)]);

Hidden(Text("a random square matrix", "隨機方陣"),
    r =>
    {
        var n = r.Next(2, 6);
        return [RandomFloats(r, [n, n], 0.5, 9)];
    },
    Text("Every row of normalized sums to 1; dividing by a sum without keepdim divides the columns instead.", "normalized 的每一列加總為 1；不加 keepdim 直接除以加總，會變成除以各行。"));
Hidden(Text("a random wide matrix", "隨機的寬矩陣"),
    r =>
    {
        var m = r.Next(2, 5);
        return [RandomFloats(r, [m, m + r.Next(1, 4)], 0.5, 9)];
    },
    Text("rowSums has shape (m, 1).", "rowSums 的形狀是 (m, 1)。"));

Misconception<Tensor>("broadcast-without-keepdim",
    Text("Without keepdim the row sums have shape (m,), which broadcasts along the last axis: element [i, j] was divided by the sum of row j, not row i. Keep the axis: A.sum(1, keepdim: true).", "沒有 keepdim 時，列總和的形狀是 (m,)，會沿最後一軸廣播：元素 [i, j] 被除以第 j 列而不是第 i 列的總和。請保留軸：A.sum(1, keepdim: true)。"),
    Text("Broadcasting lines shapes up from the right: (m, n) / (m,) pairs the sums with columns. Keep the axis so the sums form a column (m, 1).", "廣播是從右邊對齊形狀：(m, n) / (m,) 會把總和對上各行。保留軸，讓總和成為 (m, 1) 的一行。"),
    A => (A.sum(dim: 1), A / A.sum(dim: 1)));
Misconception<Tensor>("columns-normalized",
    Text("The columns were normalized (sums along axis 0); the exercise asks for rows (axis 1).", "你正規化的是行（沿第 0 軸加總）；題目要的是列（第 1 軸）。"),
    Text("Rows run along axis 1: A.sum(1, keepdim: true) is one sum per row.", "列是沿第 1 軸：A.sum(1, keepdim: true) 是每一列一個總和。"),
    A => (A.sum(0, keepdim: true), A / A.sum(0, keepdim: true)));

Misconception<Tensor>("divided-by-total",
    Text("You divided by the sum of the whole matrix; normalizing rows divides each row by its own sum (rowSums, shape (m, 1)).", "你除以的是整個矩陣的總和；把列正規化是每一列除以自己的總和（rowSums，形狀 (m, 1)）。"),
    Text("rowSums = A.sum(1, keepdim: true); then A / rowSums.", "rowSums = A.sum(1, keepdim: true)；然後 A / rowSums。"),
    A => (A.sum(), A / A.sum()));
Misconception<Tensor>("forgot-to-divide",
    Text("normalized is A itself: each row still has to be divided by its sum.", "normalized 就是 A 本身：每一列還要除以它自己的總和。"),
    Text("A / rowSums broadcasts the (m, 1) column of sums across each row.", "A / rowSums 會把 (m, 1) 的總和行廣播到每一列。"),
    A => (A.sum(1, keepdim: true), A));
