Example("x = arange(3), y = ones(3, dtype: int64)", () => [arange(3), ones(3, dtype: int64)]);
Example("x = tensor(new[] { 1f, 2f, 3f }), y = tensor(new[] { 4f, -5f, 6f })", () => [tensor(new[] { 1f, 2f, 3f }), tensor(new[] { 4f, -5f, 6f })]);

Hidden(Text("random integer vectors", "隨機整數向量"),
    r =>
    {
        var n = r.Next(3, 10);
        return [RandomInts(r, [n], -9, 9), RandomInts(r, [n], -9, 9)];
    },
    Text("The result is one number: a 0-d tensor with the inputs' dtype.", "結果是一個數：與輸入同 dtype 的 0 維張量。"));
Hidden(Text("random float vectors", "隨機浮點數向量"),
    r =>
    {
        var n = r.Next(3, 10);
        return [RandomFloats(r, [n]), RandomFloats(r, [n])];
    },
    Text("Multiply elementwise, then add everything up.", "逐元素相乘，再全部加起來。"));

Misconception<Tensor, Tensor>("sum-of-sums",
    Text("You multiplied the sums (Σx)(Σy) instead of summing the products Σ xᵢyᵢ.", "你把兩個總和相乘 (Σx)(Σy)，而不是把乘積加總 Σ xᵢyᵢ。"),
    Text("Multiply first, elementwise (x * y), then sum once: (x * y).sum() or x.dot(y).", "先逐元素相乘 (x * y)，再加總一次：(x * y).sum() 或 x.dot(y)。"),
    (x, y) => x.sum() * y.sum());
Misconception<Tensor, Tensor>("sum-not-product",
    Text("You added the vectors; the dot product multiplies them elementwise before summing.", "你把向量相加了；內積是先逐元素相乘再加總。"),
    Text("The dot product is Σ xᵢ · yᵢ: use x * y (or x.dot(y)), not x + y.", "內積是 Σ xᵢ · yᵢ：請用 x * y（或 x.dot(y)），不是 x + y。"),
    (x, y) => (x + y).sum());

Misconception<Tensor, Tensor>("first-element-only",
    Text("You returned x₀y₀ (the first product only); the dot product sums all the products xᵢyᵢ.", "你只傳回了 x₀y₀（第一個乘積）；內積是把所有乘積 xᵢyᵢ 加起來。"),
    Text("Multiply elementwise, then add everything: (x * y).sum() or x.dot(y).", "先逐元素相乘，再全部相加：(x * y).sum() 或 x.dot(y)。"),
    (x, y) => x[0] * y[0]);
