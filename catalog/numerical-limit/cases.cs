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

Misconception<Func<double, double>, double>("fixed-function",
    Text("You printed the table of the notes' own example, f(x) = 3x² − 4x at x = 1, whatever f and x were given: compute with the f and x your method receives.", "不論傳入的 f 與 x 是什麼，你都印出了筆記範例 f(x) = 3x² − 4x 在 x = 1 的表：請用方法收到的 f 與 x 來計算。"),
    Text("The grader calls Solve with other functions and points; use f(x + h) and f(x).", "評分程式會用其他函數與點呼叫 Solve；請用 f(x + h) 與 f(x)。"),
    (f, x) => string.Join("\n", Enumerable.Range(1, 5)
        .Select(i => Math.Pow(10, -i))
        .Select(h => $"h={h:F5}, numerical limit={((3 * (1 + h) * (1 + h)) - (4 * (1 + h)) + 1) / h:F5}")));
Misconception<Func<double, double>, double>("four-lines",
    Text("Only four lines were printed: dividing h by 10 in floating point never lands exactly on 0.00001, so a loop that tests h against 1e-5 stops one line early.", "只印出了四行：浮點數 h 一直除以 10 並不會剛好等於 0.00001，所以用 h 與 1e-5 比較的迴圈會少跑一行。"),
    Text("Count the lines with an integer: for (var i = 0; i < 5; i++) { …; h /= 10; }.", "用整數計算行數：for (var i = 0; i < 5; i++) { …; h /= 10; }。"),
    (f, x) => string.Join("\n", Enumerable.Range(1, 4)
        .Select(i => Math.Pow(10, -i))
        .Select(h => $"h={h:F5}, numerical limit={(f(x + h) - f(x)) / h:F5}")));
