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
    Text("backward() adds into x.grad; it never replaces it. Call x.grad.zero_() before each new backward pass.", "backward() 會把梯度加進 x.grad，而不是取代它。每次新的 backward 之前先呼叫 x.grad.zero_()。"),
    x => (4 * x, 4 * x + 1, 4 * x + 1 + x * x));
Misconception<Tensor>("not-detached",
    Text("u was not detached: the gradient of (u * x).sum() with u = x * x as a constant is u, not 3x².", "u 沒有被 detach：把 u = x * x 當成常數時，(u * x).sum() 的梯度是 u，而不是 3x²。"),
    Text("detach() returns a tensor cut off from the graph: gradients do not flow through u, so d/dx (u · x) is u.", "detach() 傳回一個與計算圖切斷的張量：梯度不會流經 u，所以 d/dx (u · x) 就是 u。"),
    x => (4 * x, ones_like(x), 3 * x * x));

Misconception<Tensor>("grad-not-cloned",
    Text("A gradient was kept as x.grad itself instead of a copy: zero_() and the later backward passes changed it in place, so it shows the last gradient (u = x²).", "有梯度是直接保留 x.grad 本身而不是複本：之後的 zero_() 與 backward 就地改變了它，所以它顯示的是最後一次的梯度（u = x²）。"),
    Text("x.grad is one tensor that backward() writes into every time; keep x.grad.clone() before zeroing it.", "x.grad 是同一個張量，每次 backward() 都寫進它；歸零之前先保留 x.grad.clone()。"),
    x => (x * x, x * x, x * x));
