double Solve(Func<double, double> f, double x)
{
    // 依極限定義，取一個小的 h 計算 f'(x)。
    return 0;
}
