namespace Grader.Api.Tests;

/// <summary>A service of its own for a class of analytics tests: counts over an exercise must see no other test's submissions.</summary>
public sealed class AnalyticsServer() : GraderApiFactory();

/// <summary>Snippets the analytics and similarity tests submit.</summary>
public static class Analyzed
{
    /// <summary>cumsum's "wrong-axis" misconception: reduces along axis 1.</summary>
    public const string WrongAxis = """
        (Tensor sum, Tensor cumsum) Solve(Tensor A)
        {
            return (A.sum(1, keepdim: true), A.cumsum(1));
        }
        """;

    /// <summary>dot-product's "sum-not-product" misconception.</summary>
    public const string DotProductAdded = "Tensor Solve(Tensor x, Tensor y) => (x + y).sum();";

    public const string HonestMatrixVector = "Tensor Solve(Tensor A, Tensor x) => A.mv(x);";

    public const string HonestVectorBasics = """
        (Tensor x, long length, long[] shape) Solve(long n)
        {
            var x = arange(n);
            return (x, x.shape[0], x.shape);
        }
        """;
}
