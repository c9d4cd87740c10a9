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
}
