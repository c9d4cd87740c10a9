double Solve(Func<double, double> f, double x0, double alpha)
{
    // 沿導數（依定義計算）的反方向前進，直到 |f'(x)| <= 1e-5。
    var x = x0;
    return x;
}
