namespace Grader.Exercises.Catalog;

/// <summary>allclose semantics: |actual − expected| ≤ atol + rtol·|expected|; NaN equals NaN only where both are NaN.</summary>
public sealed record Tolerance(double Rtol = 1e-5, double Atol = 1e-8)
{
    public static Tolerance Default { get; } = new();

    public bool Close(double expected, double actual) =>
        double.IsNaN(expected) || double.IsNaN(actual)
            ? double.IsNaN(expected) && double.IsNaN(actual)
            : double.IsInfinity(expected) || double.IsInfinity(actual)
                ? expected == actual
                : Math.Abs(actual - expected) <= Atol + (Rtol * Math.Abs(expected));

    /// <summary>
    /// This tolerance, but never tighter than what results of <paramref name="dtype"/> can promise: PyTorch's own
    /// defaults for comparing them (<c>torch.testing.assert_close</c>). The same float32 reduction run twice on the
    /// same inputs may differ in its last bits (BLAS sums in an order that depends on where the data lies in memory),
    /// which a result near zero turns into a large relative difference: the reference solution once failed itself
    /// that way (a dot product of 0.0128012 against 0.0128021).
    /// </summary>
    public Tolerance For(string dtype) => dtype switch
    {
        "float32" or "float" => AtLeast(1.3e-6, 1e-5),
        "float16" => AtLeast(1e-3, 1e-5),
        "bfloat16" => AtLeast(1.6e-2, 1e-5),
        _ => this,
    };

    private Tolerance AtLeast(double rtol, double atol) =>
        rtol <= Rtol && atol <= Atol ? this : new Tolerance(Math.Max(Rtol, rtol), Math.Max(Atol, atol));
}
