// verdict: WrongAnswer
// misconception: first-partial-only
// message: You returned only ∂f/∂x₀
double[] Solve(Func<double[], double> f, double[] x)
{
    var moved = (double[])x.Clone();
    moved[0] += 1e-5;
    return new[] { (f(moved) - f(x)) / 1e-5 };
}
