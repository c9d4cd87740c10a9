Example("x = tensor(new[] { 1f, 0f }), y = tensor(new[] { 1f, 1f })", () => [tensor(new[] { 1f, 0f }), tensor(new[] { 1f, 1f })]);
Example("x = tensor(new[] { 1f, 2f, 3f }), y = tensor(new[] { -2f, -4f, -6f })", () => [tensor(new[] { 1f, 2f, 3f }), tensor(new[] { -2f, -4f, -6f })]);

Hidden(Text("random vectors", "隨機向量"),
    r =>
    {
        var n = r.Next(3, 9);
        return [RandomFloats(r, [n]), RandomFloats(r, [n])];
    },
    Text("Divide by both norms, each the square root of a sum of squares.", "要除以兩個範數，每個都是平方和的平方根。"));
Hidden(Text("vectors of very different lengths", "長度差很多的向量"),
    r =>
    {
        var n = r.Next(3, 9);
        return [RandomFloats(r, [n], -1, 1), RandomFloats(r, [n], -50, 50)];
    },
    Text("Cosine similarity does not depend on how long the vectors are.", "餘弦相似度與向量的長度無關。"));

Misconception<Tensor, Tensor>("one-norm-missing",
    Text("Only one norm is in the denominator: divide by ‖x‖ ‖y‖.", "分母只有一個範數：應該除以 ‖x‖ ‖y‖。"),
    Text("cos θ = xᵀy / (‖x‖ ‖y‖): divide by the product of both norms, x.norm() * y.norm().", "cos θ = xᵀy / (‖x‖ ‖y‖)：要除以兩個範數的乘積 x.norm() * y.norm()。"),
    (x, y) => x.dot(y) / x.norm());
Misconception<Tensor, Tensor>("squared-norms",
    Text("The denominator uses squared norms (xᵀx)(yᵀy); take the square roots: ‖x‖ = sqrt(xᵀx).", "分母用了範數的平方 (xᵀx)(yᵀy)；要開根號：‖x‖ = sqrt(xᵀx)。"),
    Text("x.norm() is already the square root of xᵀx; use it instead of x.dot(x).", "x.norm() 已經是 xᵀx 的平方根；請用它取代 x.dot(x)。"),
    (x, y) => x.dot(y) / (x.dot(x) * y.dot(y)));
Misconception<Tensor, Tensor>("returned-angle",
    Text("You returned the angle θ (arccos); the exercise asks for cos θ itself.", "你傳回了角度 θ（arccos）；題目要的是 cos θ 本身。"),
    Text("Leave out acos(): the exercise's answer lies between −1 and 1.", "拿掉 acos()：本題的答案介於 −1 與 1 之間。"),
    (x, y) => (x.dot(y) / (x.norm() * y.norm())).acos());

Misconception<Tensor, Tensor>("l1-norms",
    Text("You divided by the L1 norms (sums of absolute values); cosine similarity uses the L2 norms ‖x‖₂ = sqrt(Σ xᵢ²).", "你除以的是 L1 範數（絕對值的總和）；餘弦相似度用的是 L2 範數 ‖x‖₂ = sqrt(Σ xᵢ²)。"),
    Text("norm() with no arguments is the L2 norm: x.dot(y) / (x.norm() * y.norm()).", "不帶參數的 norm() 就是 L2 範數：x.dot(y) / (x.norm() * y.norm())。"),
    (x, y) => x.dot(y) / (x.abs().sum() * y.abs().sum()));
Misconception<Tensor, Tensor>("not-normalized",
    Text("You returned the dot product xᵀy itself; cosine similarity divides it by both lengths, ‖x‖ ‖y‖, so that it lies between −1 and 1.", "你傳回的是內積 xᵀy 本身；餘弦相似度要再除以兩個長度 ‖x‖ ‖y‖，結果才會介於 −1 與 1 之間。"),
    Text("cos θ = xᵀy / (‖x‖ ‖y‖): scaling x or y must not change the answer.", "cos θ = xᵀy / (‖x‖ ‖y‖)：把 x 或 y 放大縮小都不應改變答案。"),
    (x, y) => x.dot(y));
