double[] Solve(Func<double[], double> f, double[] x)
{
    // 每個變數一個偏導數，計算時只改變該變數。
    return new double[x.Length];
}
