using Grader.Exercises.Values;

Example("f(x) = 3x² − 4x, x = 1", () => [(Func<double, double>)(x => (3 * x * x) - (4 * x)), 1.0]);
Example("f(x) = sin(x), x = 0", () => [(Func<double, double>)Math.Sin, 0.0]);

Hidden(Text("a hidden cubic", "隱藏的三次函數"),
    r =>
    {
        var a = r.Next(1, 4);
        return [(Func<double, double>)(x => a * x * x * x), RandomDouble(r, 1, 3)];
    },
    Text("A large h (like 0.1) is far from the limit when f curves strongly.", "當 f 彎曲得厲害時，太大的 h（例如 0.1）離極限很遠。"));
Hidden(Text("a hidden exponential", "隱藏的指數函數"),
    r =>
    {
        var k = RandomDouble(r, 0.5, 2);
        return [(Func<double, double>)(x => Math.Exp(k * x)), RandomDouble(r, 0, 2)];
    },
    Text("Divide the difference by h (or 2h for the central difference).", "差值要除以 h（中央差分則除以 2h）。"));
Hidden(Text("a hidden logarithm", "隱藏的對數函數"),
    r => [(Func<double, double>)Math.Log, RandomDouble(r, 0.5, 4)],
    Text("A tiny h such as 1e-15 loses every digit to rounding.", "像 1e-15 這麼小的 h 會讓所有有效位數都被捨入誤差吃掉。"));

Misconception<Func<double, double>, double>("central-without-two",
    Text("Your central difference divides by h instead of 2h, so the result is twice the derivative.", "你的中央差分除以 h 而不是 2h，結果是導數的兩倍。"),
    Text("The points x − h and x + h are 2h apart: divide by 2 * h.", "x − h 與 x + h 相距 2h：要除以 2 * h。"),
    (f, x) => (f(x + 1e-5) - f(x - 1e-5)) / 1e-5);
Misconception<Func<double, double>, double>("not-divided",
    Text("The difference f(x + h) − f(x) was not divided by h.", "差值 f(x + h) − f(x) 沒有除以 h。"),
    Text("The derivative is a quotient: (f(x + h) − f(x)) / h.", "導數是一個商：(f(x + h) − f(x)) / h。"),
    (f, x) => f(x + 1e-5) - f(x));

MisconceptionWhen<Func<double, double>, double>("large-h",
    Text("Your h is too large: the difference quotient is still far from its limit. The error of the forward difference shrinks with h, roughly h · f″(x) / 2.", "你的 h 太大了：差商離極限還很遠。前向差分的誤差會隨 h 變小，大約是 h · f″(x) / 2。"),
    Text("Use h = 1e-6 with the forward difference, or the central difference with h = 1e-5.", "前向差分用 h = 1e-6，或中央差分用 h = 1e-5。"),
    (f, x, expected, actual) => actual is NumberValue got && expected is NumberValue right && Off(got.Number, right.Number)
        && new[] { 1, 0.5, 0.1, 0.05, 0.01, 1e-3 }.Any(h => Same(got.Number, (f(x + h) - f(x)) / h) || Same(got.Number, (f(x) - f(x - h)) / h)));
MisconceptionWhen<Func<double, double>, double>("tiny-h",
    Text("Your h is too small: f(x + h) and f(x) agree in almost every digit, so their difference is mostly rounding error (a double holds about 16 digits).", "你的 h 太小了：f(x + h) 與 f(x) 幾乎每一位數都相同，相減後剩下的大多是捨入誤差（double 大約只有 16 位有效數字）。"),
    Text("Around h = 1e-6 (forward) or 1e-5 (central) the truncation and rounding errors balance.", "h 約 1e-6（前向）或 1e-5（中央）時，截斷誤差與捨入誤差最平衡。"),
    (f, x, expected, actual) => actual is NumberValue got && expected is NumberValue right && Off(got.Number, right.Number)
        && new[] { 1e-11, 1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18, 1e-20 }.Any(h =>
            Same(got.Number, (f(x + h) - f(x)) / h) || Same(got.Number, (f(x + h) - f(x - h)) / (2 * h))));

// Off by more than the exercise's tolerance: a symptom names a wrong answer, never one that passes.
static bool Off(double got, double right) => Math.Abs(got - right) > 1e-4 * (1 + Math.Abs(right));

static bool Same(double a, double b) => a == b || Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));
