// verdict: CompilationError
// line: 9
// message: Cannot implicitly convert type 'double[]' to 'double'
double[] Solve(Func<double[], double> f, double[] x)
{
    var gradient = new double[x.Length];
    for (var i = 0; i < x.Length; i++)
    {
        gradient[i] = x;
    }

    return gradient;
}
