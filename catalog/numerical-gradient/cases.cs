using Grader.Exercises.Values;

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

Misconception<Func<double[], double>, double[]>("first-partial-only",
    Text("You returned only ∂f/∂x₀; the gradient has one partial derivative per variable, in order.", "你只傳回了 ∂f/∂x₀；梯度對每個變數各有一個偏導數，依序排列。"),
    Text("Loop over i = 0 … x.Length − 1 and fill gradient[i].", "用迴圈跑 i = 0 … x.Length − 1，填入 gradient[i]。"),
    (f, x) =>
    {
        var moved = (double[])x.Clone();
        moved[0] += 1e-5;
        return new[] { (f(moved) - f(x)) / 1e-5 };
    });
MisconceptionWhen<Func<double[], double>, double[]>("not-restored",
    Text("Each partial derivative was taken where the earlier variables were still moved: x[i] was changed in place and never put back, so ∂f/∂xᵢ was not taken at x.", "每個偏導數都是在前面的變數仍然被移動的位置上計算的：x[i] 被就地改變而沒有復原，所以 ∂f/∂xᵢ 不是在 x 上計算的。"),
    Text("Change a copy, (double[])x.Clone(), or put x[i] back right after evaluating f.", "改變複本 (double[])x.Clone()，或在計算 f 之後立刻把 x[i] 復原。"),
    (f, x, expected, actual) => actual is ListValue got && got.Items.Length == x.Length
        && new[] { 1, 0.5, 0.1, 0.01, 1e-3, 1e-4, 1e-5, 1e-6 }.Any(h =>
        {
            var moving = (double[])x.Clone();
            var partials = new double[x.Length];
            for (var i = 0; i < x.Length; i++)
            {
                var before = f(moving);
                moving[i] += h;
                partials[i] = (f(moving) - before) / h;
            }

            return got.Items.Select((item, i) => item is NumberValue n && Math.Abs(n.Number - partials[i]) <= 1e-9 * Math.Max(1, Math.Abs(partials[i]))).All(same => same);
        }));
