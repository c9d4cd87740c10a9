Example("f(x) = 3x₀² + 5exp(x₁), x = [1, 0]", () => [(Func<double[], double>)(v => (3 * v[0] * v[0]) + (5 * Math.Exp(v[1]))), new[] { 1.0, 0.0 }]);
Example("f(x) = x₀x₁ + x₂, x = [2, 3, 4]", () => [(Func<double[], double>)(v => (v[0] * v[1]) + v[2]), new[] { 2.0, 3.0, 4.0 }]);

Hidden(Text("a hidden function of three variables", "隱藏的三變數函數"),
    r =>
    {
        var (a, b) = (r.Next(1, 5), r.Next(1, 5));
        return [(Func<double[], double>)(v => (a * v[0] * v[1]) + (b * v[2] * v[2]) + Math.Sin(v[0])), new[] { RandomDouble(r, -2, 2), RandomDouble(r, -2, 2), RandomDouble(r, -2, 2) }];
    },
    Text("Change one variable at a time; the others stay exactly as given.", "一次只改變一個變數；其他變數保持原值。"));
Hidden(Text("a hidden function of four variables", "隱藏的四變數函數"),
    r =>
    {
        var w = new[] { RandomDouble(r, -3, 3), RandomDouble(r, -3, 3), RandomDouble(r, -3, 3), RandomDouble(r, -3, 3) };
        return [(Func<double[], double>)(v => Math.Exp(v.Select((vi, i) => w[i] * vi).Sum() / 4)), new[] { RandomDouble(r, -1, 1), RandomDouble(r, -1, 1), RandomDouble(r, -1, 1), RandomDouble(r, -1, 1) }];
    },
    Text("The result has one entry per variable, in order.", "結果中每個變數各有一個值，依序排列。"));

Misconception<Func<double[], double>, double[]>("all-at-once",
    Text("Every variable was changed at once, which gives a directional derivative, not a partial one.", "你一次改變了所有變數，這得到的是方向導數，不是偏導數。"),
    Text("For each i, copy x, change only entry i by h, and difference f there against f at x.", "對每個 i，複製 x，只把第 i 個值改變 h，再與 f(x) 做差分。"),
    (f, x) =>
    {
        var moved = x.Select(v => v + 1e-5).ToArray();
        var d = (f(moved) - f(x)) / 1e-5;
        return x.Select(_ => d).ToArray();
    });
