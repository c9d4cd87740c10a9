Example("a = 2, b = 3, c = 4", () => [2L, 3L, 4L]);
Example("a = 1, b = 2, c = 5", () => [1L, 2L, 5L]);

Hidden(Text("random sizes", "隨機大小"),
    r => [(long)r.Next(2, 5), (long)r.Next(2, 5), (long)r.Next(2, 5)],
    Text("The shape is exactly (a, b, c), in that order.", "形狀必須正好是 (a, b, c)，順序不能變。"));
Hidden(Text("a long last axis", "最後一軸很長"),
    r => [2L, (long)r.Next(2, 4), (long)r.Next(6, 12)],
    Text("The values run along the last axis first (row-major order).", "數值先沿著最後一軸排列（列優先順序）。"));

Misconception<long, long, long>("reversed-shape",
    Text("The axes are in reverse order: reshape(a, b, c), not reshape(c, b, a).", "軸的順序反了：應該是 reshape(a, b, c)，不是 reshape(c, b, a)。"),
    Text("reshape takes the sizes from the first axis to the last: reshape(a, b, c).", "reshape 的大小依序是第一軸到最後一軸：reshape(a, b, c)。"),
    (a, b, c) =>
    {
        var X = arange(a * b * c).reshape(c, b, a);
        return (X, 2 * X + 1);
    });
Misconception<long, long, long>("forgot-plus-one",
    Text("Y is 2X; the exercise asks for 2X + 1.", "Y 算成了 2X；題目要求的是 2X + 1。"),
    Text("Elementwise operations with a scalar keep the shape: Y = 2 * X + 1.", "與純量做逐元素運算會保持形狀：Y = 2 * X + 1。"),
    (a, b, c) =>
    {
        var X = arange(a * b * c).reshape(a, b, c);
        return (X, 2 * X);
    });
