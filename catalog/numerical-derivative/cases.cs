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
