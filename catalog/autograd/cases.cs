Example("x = arange(4, dtype: float32)", () => [arange(4, dtype: float32)]);
Example("x = tensor(new[] { -1f, 0.5f, 2f })", () => [tensor(new[] { -1f, 0.5f, 2f })]);

Hidden(Text("a random vector", "隨機向量"),
    r => [RandomFloats(r, [r.Next(3, 9)], -3, 3)],
    Text("Zero x.grad between the three backward passes.", "在三次 backward 之間要把 x.grad 歸零。"));
Hidden(Text("a longer random vector", "較長的隨機向量"),
    r => [RandomFloats(r, [r.Next(10, 20)], -3, 3)],
    Text("A detached tensor is a constant for the gradient.", "被 detach 的張量在求梯度時是常數。"));

Misconception<Tensor>("grad-accumulated",
    Text("The gradients accumulated: x.grad was not reset with x.grad.zero_() between backward passes.", "梯度累加了：兩次 backward 之間沒有用 x.grad.zero_() 把 x.grad 歸零。"),
    x => (4 * x, 4 * x + 1, 4 * x + 1 + x * x));
Misconception<Tensor>("not-detached",
    Text("u was not detached: the gradient of (u * x).sum() with u = x * x as a constant is u, not 3x².", "u 沒有被 detach：把 u = x * x 當成常數時，(u * x).sum() 的梯度是 u，而不是 3x²。"),
    x => (4 * x, ones_like(x), 3 * x * x));
