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

Misconception<long, long, long>("not-reshaped",
    Text("X is still the flat vector arange(a·b·c): reshape it to (a, b, c).", "X 仍然是一維向量 arange(a·b·c)：請 reshape 成 (a, b, c)。"),
    Text("arange(a * b * c).reshape(a, b, c) has three axes.", "arange(a * b * c).reshape(a, b, c) 有三個軸。"),
    (a, b, c) =>
    {
        var X = arange(a * b * c);
        return (X, 2 * X + 1);
    });
Misconception<long, long, long>("float-range",
    Text("X holds floats: arange with integer arguments gives int64, as in the notes; 2X + 1 then stays int64.", "X 是浮點數：以整數參數呼叫 arange 會產生 int64，與筆記相同；2X + 1 也會維持 int64。"),
    Text("Call arange(a * b * c) without a dtype.", "呼叫 arange(a * b * c) 時不要指定 dtype。"),
    (a, b, c) =>
    {
        var X = arange(a * b * c, dtype: float32).reshape(a, b, c);
        return (X, 2 * X + 1);
    });
