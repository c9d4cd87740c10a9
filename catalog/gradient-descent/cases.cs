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
    (f, x0, alpha) => f(Descend(f, x0, alpha)));

static double Quartic(double x) => (x * x * x * x) - (3 * x * x) + x;

static double Descend(Func<double, double> f, double x, double alpha)
{
    for (var step = 0; step < 1_000_000; step++)
    {
        var d = (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;
        if (Math.Abs(d) <= 1e-5)
        {
            break;
        }

        x -= alpha * d;
    }

    return x;
}
