Example("A = arange(6).reshape(3, 2)", () => [arange(6).reshape(3, 2)]);
Example("A = arange(12, dtype: float32).reshape(3, 4)", () => [arange(12, dtype: float32).reshape(3, 4)]);

Hidden(Text("random integer matrix", "隨機整數矩陣"),
    r => [RandomInts(r, [r.Next(2, 6), r.Next(2, 6)], -9, 9)],
    Text("Sum along axis 0 (down the rows) and keep that axis with keepdim.", "沿第 0 軸（往下跨列）加總，並用 keepdim 保留該軸。"));
Hidden(Text("random float matrix", "隨機浮點數矩陣"),
    r => [RandomFloats(r, [r.Next(2, 6), r.Next(2, 6)])],
    Text("Both results keep A's dtype; cumsum keeps A's shape.", "兩個結果都保持 A 的 dtype；cumsum 保持 A 的形狀。"));
Hidden(Text("tall matrix with one column", "只有一行的高矩陣"),
    r => [RandomInts(r, [r.Next(4, 8), 1], 0, 20)],
    Text("With a single column the sum has shape (1, 1).", "只有一行時，加總結果的形狀是 (1, 1)。"));

Misconception("wrong-axis",
    Text("You reduced along axis 1 (across each row) instead of axis 0 (down the rows).", "你沿著第 1 軸（每一列內）計算，而不是第 0 軸（往下跨列）。"),
    Text("Axis 0 runs down the rows: A.sum(0, keepdim: true) has one value per column, and A.cumsum(0) adds row after row.", "第 0 軸是往下跨列：A.sum(0, keepdim: true) 每一行一個值，A.cumsum(0) 是一列接一列累加。"),
    (Tensor A) => (A.sum(1, keepdim: true), A.cumsum(1)));

Misconception("summed-everything",
    Text("You summed every element of A (a 0-d tensor); the exercise sums along axis 0 only, one value per column, and keeps that axis.", "你把 A 的所有元素加總了（0 維張量）；題目只沿第 0 軸加總，每一行一個值，並保留該軸。"),
    Text("Name the axis: A.sum(0, keepdim: true) gives shape (1, n) for an (m, n) matrix.", "要指定軸：對 (m, n) 矩陣，A.sum(0, keepdim: true) 的形狀是 (1, n)。"),
    (Tensor A) => (A.sum(), A.cumsum(0)));
