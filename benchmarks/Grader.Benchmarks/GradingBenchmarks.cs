using BenchmarkDotNet.Attributes;
using Grader.Exercises.Catalog;
using Grader.Exercises.Compiling;
using Grader.Exercises.Grading;

namespace Grader.Benchmarks;

/// <summary>
/// Warm compile + run + check of one submission, in process (the grading core alone; the sandbox adds its own cost
/// and is measured with it). The reference's results for the seed are computed on the first call and kept, as the
/// server does.
/// </summary>
[MemoryDiagnoser]
public class GradingBenchmarks
{
    private const string Cumsum = "(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(0, keepdim: true), A.cumsum(0));";

    private const string GradientDescent = """
        double Solve(Func<double, double> f, double x0, double alpha)
        {
            var x = x0;
            while (true)
            {
                var d = (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;
                if (Math.Abs(d) <= 1e-5) return x;
                x -= alpha * d;
            }
        }
        """;

    private Exercise cumsum = null!;
    private Exercise gradientDescent = null!;
    private int seed;

    [GlobalSetup]
    public void LoadCatalog()
    {
        TorchSharp.torch.set_num_threads(1);
        var catalog = ExerciseCatalog.Load(ExerciseCatalog.DefaultDirectory);
        cumsum = catalog.Find("cumsum")!;
        gradientDescent = catalog.Find("gradient-descent")!;
        seed = Seeds.ForStudent("cumsum", "benchmark");
        Require(LocalGrader.Grade(cumsum, Cumsum, seed));
        Require(LocalGrader.Grade(gradientDescent, GradientDescent, seed));
    }

    [Benchmark]
    public GradeReport CumsumCompileAndCheck() => LocalGrader.Grade(cumsum, Cumsum, seed);

    [Benchmark]
    public GradeReport GradientDescentCompileAndCheck() => LocalGrader.Grade(gradientDescent, GradientDescent, seed);

    [Benchmark]
    public CompileOutcome CumsumCompileOnly()
    {
        var outcome = SnippetCompiler.Shared.Compile(Cumsum, cumsum.Forbidden, allowed: SnippetPolicy.Allowlist);
        outcome.Snippet!.Dispose();
        return outcome;
    }

    private static void Require(GradeReport report)
    {
        if (report.Verdict != Verdict.Accepted)
        {
            throw new InvalidOperationException($"The benchmark's submission was not accepted: {report.Summary.En}");
        }
    }
}
