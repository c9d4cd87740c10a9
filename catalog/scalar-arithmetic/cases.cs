Example("x = tensor(3.0f), y = tensor(2.0f)", () => [tensor(3.0f), tensor(2.0f)]);
Example("x = tensor(7.0f), y = tensor(4.0f)", () => [tensor(7.0f), tensor(4.0f)]);

Hidden(Text("two random positive scalars", "兩個隨機正純量"),
    r => [tensor((float)RandomDouble(r, 0.5, 4)), tensor((float)RandomDouble(r, 0.5, 3))],
    Text("Every result is a 0-d float tensor; the power is x.pow(y), not x * y.", "每個結果都是 0 維浮點張量；次方是 x.pow(y)，不是 x * y。"));
Hidden(Text("scalars where y is not a whole number", "y 不是整數的純量"),
    r => [tensor((float)RandomDouble(r, 1, 5)), tensor((float)RandomDouble(r, 1.1, 2.9))],
    Text("x / y is true division; do not round.", "x / y 是真正的除法，不要捨入。"));

Misconception("floor-division",
    Text("The quotient was rounded down: x / y on tensors is true division, so no floor is needed.", "商被無條件捨去了：張量的 x / y 就是真正的除法，不需要取 floor。"),
    Text("Return x / y as it is: dividing float tensors is true division.", "直接傳回 x / y：浮點張量相除就是真正的除法。"),
    (Tensor x, Tensor y) => (x + y, x * y, (x / y).floor(), x.pow(y)));
Misconception("power-as-product",
    Text("The power was computed as x * y; x to the power y is x.pow(y).", "次方被算成了 x * y；x 的 y 次方是 x.pow(y)。"),
    Text("C# has no ** operator: x to the power y is x.pow(y).", "C# 沒有 ** 運算子：x 的 y 次方是 x.pow(y)。"),
    (Tensor x, Tensor y) => (x + y, x * y, x / y, x * y));

Misconception("power-reversed",
    Text("The power is y to the x: x.pow(y) raises x (the base) to y (the exponent).", "次方算成了 y 的 x 次方：x.pow(y) 是以 x 為底、y 為指數。"),
    Text("The tensor you call pow on is the base: x.pow(y) is Python's x ** y.", "呼叫 pow 的那個張量是底數：x.pow(y) 就是 Python 的 x ** y。"),
    (Tensor x, Tensor y) => (x + y, x * y, x / y, y.pow(x)));
