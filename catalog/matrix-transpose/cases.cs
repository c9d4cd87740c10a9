Example("x = arange(6), rows = 3, cols = 2", () => [arange(6), 3L, 2L]);
Example("x = arange(20), rows = 5, cols = 4", () => [arange(20), 5L, 4L]);

Hidden(Text("a random non-square matrix", "隨機的非方陣"),
    r =>
    {
        var rows = r.Next(2, 6);
        var cols = rows + r.Next(1, 3);
        return [RandomInts(r, [rows * cols], -9, 9), (long)rows, (long)cols];
    },
    Text("Aᵀ has the rows of A as its columns; reshape does not do that.", "Aᵀ 的行是 A 的列；reshape 做不到這件事。"));
Hidden(Text("a random square matrix of floats", "隨機的浮點方陣"),
    r =>
    {
        var n = r.Next(2, 6);
        return [RandomFloats(r, [n * n]), (long)n, (long)n];
    },
    Text("For a square matrix the shape does not change when transposed, but the values move.", "方陣轉置後形狀不變，但數值的位置會改變。"));

Misconception<Tensor, long, long>("reshape-not-transpose",
    Text("Aᵀ was made with reshape(cols, rows): that keeps reading order instead of swapping rows and columns. Use A.T (or A.t()).", "Aᵀ 是用 reshape(cols, rows) 做的：這只保持閱讀順序，並沒有交換列與行。請用 A.T（或 A.t()）。"),
    Text("Transposing moves A[i, j] to [j, i]; reshape only regroups the same reading order. Use A.T.", "轉置把 A[i, j] 移到 [j, i]；reshape 只是用同樣的閱讀順序重新分組。請用 A.T。"),
    (x, rows, cols) => (x.reshape(rows, cols), x.reshape(cols, rows)));

Misconception<Tensor, long, long>("rows-and-columns-swapped",
    Text("A has cols rows and rows columns: reshape takes the number of rows first, reshape(rows, cols).", "A 變成了 cols 列、rows 行：reshape 先給列數，應該是 reshape(rows, cols)。"),
    Text("For x = arange(6), rows = 3, cols = 2, A is [[0, 1], [2, 3], [4, 5]]: three rows of two.", "當 x = arange(6)、rows = 3、cols = 2 時，A 是 [[0, 1], [2, 3], [4, 5]]：三列、每列兩個。"),
    (x, rows, cols) =>
    {
        var A = x.reshape(cols, rows);
        return (A, A.T);
    });
