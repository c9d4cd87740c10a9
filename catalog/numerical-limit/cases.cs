Example("f(x) = 3x² − 4x, x = 1", () => [(Func<double, double>)(x => (3 * x * x) - (4 * x)), 1.0]);
Example("f(x) = x³, x = 2", () => [(Func<double, double>)(x => x * x * x), 2.0]);

Hidden(Text("a hidden quadratic", "隱藏的二次函數"),
    r =>
    {
        var (a, b) = (r.Next(1, 6), r.Next(-5, 6));
        return [(Func<double, double>)(x => (a * x * x) + (b * x)), RandomDouble(r, -2, 2)];
    },
    Text("Use the forward difference (f(x + h) − f(x)) / h, with h starting at 0.1 and divided by 10 each line.", "使用前向差分 (f(x + h) − f(x)) / h，h 從 0.1 開始，每一行除以 10。"));
Hidden(Text("a hidden exponential", "隱藏的指數函數"),
    r =>
    {
        var k = RandomDouble(r, 0.5, 1.5);
        return [(Func<double, double>)(x => Math.Exp(k * x)), RandomDouble(r, -1, 1)];
    },
    Text("Print exactly five lines, five decimals each.", "剛好印出五行，每個數值五位小數。"));

Misconception<Func<double, double>, double>("central-difference",
    Text("You printed the central difference (f(x + h) − f(x − h)) / 2h; this exercise follows the notes' one-sided quotient (f(x + h) − f(x)) / h.", "你印出的是中央差分 (f(x + h) − f(x − h)) / 2h；本題依照筆記使用單側差商 (f(x + h) − f(x)) / h。"),
    Text("Print (f(x + h) − f(x)) / h for each h: the one-sided quotient whose limit the notes show.", "對每個 h 印出 (f(x + h) − f(x)) / h：筆記中用來說明極限的單側差商。"),
    (f, x) => string.Join("\n", Enumerable.Range(1, 5)
        .Select(i => Math.Pow(10, -i))
        .Select(h => $"h={h:F5}, numerical limit={(f(x + h) - f(x - h)) / (2 * h):F5}")));
