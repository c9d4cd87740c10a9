Example("f = sin, g(x) = x², x = 1", () => [(Func<double, double>)Math.Cos, (Func<double, double>)(x => x * x), (Func<double, double>)(x => 2 * x), 1.0]);
Example("f = exp, g(x) = 3x + 1, x = 0", () => [(Func<double, double>)Math.Exp, (Func<double, double>)(x => (3 * x) + 1), (Func<double, double>)(_ => 3.0), 0.0]);

Hidden(Text("a hidden power of a polynomial", "隱藏的多項式次方"),
    r =>
    {
        var n = r.Next(2, 5);
        var c = r.Next(1, 4);
        return [(Func<double, double>)(u => n * Math.Pow(u, n - 1)), (Func<double, double>)(x => (x * x) + c), (Func<double, double>)(x => 2 * x), RandomDouble(r, -2, 2)];
    },
    Text("f′ is evaluated at the inner value g(x), not at x.", "f′ 要在內層的值 g(x) 上計算，而不是在 x 上。"));
Hidden(Text("a hidden composition with a logarithm", "隱藏的對數合成函數"),
    r =>
    {
        var k = RandomDouble(r, 0.5, 3);
        return [(Func<double, double>)(u => 1 / u), (Func<double, double>)(x => Math.Exp(k * x) + 1), (Func<double, double>)(x => k * Math.Exp(k * x)), RandomDouble(r, -1, 1)];
    },
    Text("Multiply by the inner derivative g′(x).", "要乘上內層的導數 g′(x)。"));

Misconception<Func<double, double>, Func<double, double>, Func<double, double>, double>("outer-at-x",
    Text("f′ was evaluated at x; the chain rule evaluates it at g(x).", "f′ 是在 x 上計算的；連鎖律要在 g(x) 上計算。"),
    Text("Write u = g(x) first, then dy/dx = f′(u) · g′(x).", "先寫出 u = g(x)，再算 dy/dx = f′(u) · g′(x)。"),
    (fPrime, g, gPrime, x) => fPrime(x) * gPrime(x));
Misconception<Func<double, double>, Func<double, double>, Func<double, double>, double>("missing-inner-derivative",
    Text("The inner derivative g′(x) is missing from the product.", "乘積中少了內層的導數 g′(x)。"),
    Text("dy/dx = (dy/du)(du/dx): both factors are needed, f′(g(x)) and g′(x).", "dy/dx = (dy/du)(du/dx)：兩個因子 f′(g(x)) 與 g′(x) 都需要。"),
    (fPrime, g, gPrime, x) => fPrime(g(x)));

Misconception<Func<double, double>, Func<double, double>, Func<double, double>, double>("nested-derivatives",
    Text("You computed f′(g′(x)), a derivative inside a derivative; the chain rule multiplies them: f′(g(x)) · g′(x).", "你算的是 f′(g′(x))，把導數套進導數裡；連鎖律是把它們相乘：f′(g(x)) · g′(x)。"),
    Text("The outer derivative is evaluated at the inner value g(x), then multiplied by g′(x).", "外層導數要在內層的值 g(x) 上計算，再乘上 g′(x)。"),
    (fPrime, g, gPrime, x) => fPrime(gPrime(x)));
