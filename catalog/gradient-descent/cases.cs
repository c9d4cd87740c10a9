using Grader.Exercises.Values;

Example("f(x) = (x − 3)², x0 = 0, alpha = 0.1", () => [(Func<double, double>)(x => (x - 3) * (x - 3)), 0.0, 0.1]);
Example("f(x) = x⁴ − 3x² + x, x0 = 2, alpha = 0.01", () => [(Func<double, double>)Quartic, 2.0, 0.01]);
Example("f(x) = x⁴ − 3x² + x, x0 = −2, alpha = 0.01", () => [(Func<double, double>)Quartic, -2.0, 0.01]);

Hidden(Text("a hidden shifted parabola", "隱藏的平移拋物線"),
    r =>
    {
        var (c, k) = (RandomDouble(r, -5, 5), RandomDouble(r, -3, 3));
        return [(Func<double, double>)(x => ((x - c) * (x - c)) + k), RandomDouble(r, -8, 8), 0.1];
    },
    Text("Stop on the derivative, |f′(x)| ≤ 1e-5, not on f(x): the minimum value need not be 0.", "以導數 |f′(x)| ≤ 1e-5 作為停止條件，而不是 f(x)：極小值不一定是 0。"));
Hidden(Text("the non-convex quartic from a hidden start on the right", "非凸四次函數，從右側隱藏起點出發"),
    r => [(Func<double, double>)Quartic, RandomDouble(r, 0.5, 2.2), 0.01],
    Text("From a start right of the local maximum near 0.17, descent ends in the right-hand minimum.", "從 0.17 附近局部極大值的右側出發，下降會停在右邊的極小值。"));
Hidden(Text("the non-convex quartic from a hidden start on the left", "非凸四次函數，從左側隱藏起點出發"),
    r => [(Func<double, double>)Quartic, RandomDouble(r, -2.2, -0.3), 0.01],
    Text("Gradient descent finds the minimum of the basin it starts in, not the global one.", "梯度下降找到的是起點所在盆地的極小值，而不一定是全域最小值。"));
Hidden(Text("a hidden hyperbolic cosine", "隱藏的雙曲餘弦函數"),
    r =>
    {
        var c = RandomDouble(r, -2, 2);
        return [(Func<double, double>)(x => Math.Cosh(x - c)), RandomDouble(r, -3, 3), 0.5];
    },
    Text("A forward difference with a large h stops beside the minimum, not on it.", "h 太大的前向差分會停在極小值旁邊，而不是正好在上面。"));

Misconception<Func<double, double>, double, double>("returned-minimum-value",
    Text("You returned f(x) at the minimum; the exercise asks for the x where the minimum is.", "你傳回的是極小值 f(x)；題目要的是極小值所在的 x。"),
    Text("Return x itself once the loop stops, not f(x).", "迴圈停止後傳回 x 本身，而不是 f(x)。"),
    (f, x0, alpha) => f(Descend(f, x0, alpha)));

Misconception<Func<double, double>, double, double>("one-step",
    Text("Your loop stopped after one step: it returned x0 − alpha · f′(x0). Gradient descent repeats the step until the derivative is (almost) zero.", "你的迴圈只走了一步就停了：傳回的是 x0 − alpha · f′(x0)。梯度下降要重複這一步，直到導數（幾乎）為零。"),
    Text("Recompute d = f′(x) inside the loop and leave the loop only when |d| ≤ 1e-5; a return or break inside the loop body ends it after the first step.", "在迴圈內重新計算 d = f′(x)，只有在 |d| ≤ 1e-5 時才離開迴圈；迴圈主體內的 return 或 break 會讓它在第一步後就結束。"),
    (f, x0, alpha) => x0 - (alpha * Derivative(f, x0)));
MisconceptionWhen<Func<double, double>, double, double>("climbs",
    Text("Your update climbs: f is higher where you stopped than at x0 (or x ran off to infinity). x = x + alpha · f′(x) is gradient ascent.", "你的更新是在往上爬：停下來的地方 f 比 x0 還高（或 x 跑到無窮大）。x = x + alpha · f′(x) 是梯度上升。"),
    Text("The derivative points uphill, so step against it: x -= alpha * d.", "導數指向上坡的方向，所以要逆著它走：x -= alpha * d。"),
    (f, x0, alpha, expected, actual) => actual is NumberValue got
        && (!double.IsFinite(got.Number) || f(got.Number) > f(x0) + (1e-9 * (1 + Math.Abs(f(x0))))));
MisconceptionWhen<Func<double, double>, double, double>("large-h",
    Text("Your derivative is too coarse: a forward difference with a large h is zero where you stopped, but the true derivative there is not. The descent stopped beside the minimum, not on it.", "你的導數太粗略：在你停下的地方，h 很大的前向差分是零，但真正的導數不是。下降停在極小值旁邊，而不是正好在上面。"),
    Text("Use h around 1e-6, or the central difference (f(x + h) − f(x − h)) / (2h).", "h 用 1e-6 左右，或使用中央差分 (f(x + h) − f(x − h)) / (2h)。"),
    (f, x0, alpha, expected, actual) => actual is NumberValue got && double.IsFinite(got.Number)
        && Math.Abs(Derivative(f, got.Number)) > 1e-3
        && new[] { 1, 0.5, 0.2, 0.1, 0.05, 0.01 }.Any(h => Math.Abs((f(got.Number + h) - f(got.Number)) / h) <= 1e-3));
MisconceptionWhen<Func<double, double>, double, double>("stopped-early",
    Text("Your descent went the right way but stopped before the minimum: the derivative where it stopped is not yet close to 0. A fixed number of steps, or a looser stopping test than |f′(x)| ≤ 1e-5, ends it too soon.", "你的下降方向正確，但在到達極小值之前就停了：停下來的地方導數還沒有接近 0。固定的步數，或比 |f′(x)| ≤ 1e-5 寬鬆的停止條件，都會讓它太早結束。"),
    Text("Loop until |f′(x)| ≤ 1e-5 (keep a large step limit only as a guard against a loop that never ends).", "迴圈要持續到 |f′(x)| ≤ 1e-5 為止（很大的步數上限只用來防止迴圈永不結束）。"),
    (f, x0, alpha, expected, actual) => actual is NumberValue got && expected is NumberValue right && double.IsFinite(got.Number)
        && Math.Abs(Derivative(f, got.Number)) > 1e-5
        && Math.Min(x0, right.Number) <= got.Number && got.Number <= Math.Max(x0, right.Number));

static double Derivative(Func<double, double> f, double x) => (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;

static double Quartic(double x) => (x * x * x * x) - (3 * x * x) + x;

static double Descend(Func<double, double> f, double x, double alpha)
{
    for (var step = 0; step < 1_000_000; step++)
    {
        var d = Derivative(f, x);
        if (Math.Abs(d) <= 1e-5)
        {
            break;
        }

        x -= alpha * d;
    }

    return x;
}
