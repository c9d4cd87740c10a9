using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;

namespace Grader.Api.Tests;

/// <summary>
/// What a student reads through the API when the catalog names their mistake, or when their method has the wrong
/// signature: graded by the real workers, in the student's language, and on hidden cases nothing but catalog text.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MisconceptionFeedbackTests(SharedApi api)
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Load(ExerciseCatalog.DefaultDirectory, runReferences: false);

    private const string ClimbingDescent = """
        double Solve(Func<double, double> f, double x0, double alpha)
        {
            var x = x0;
            var d = (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;
            while (Math.Abs(d) > 1e-5)
            {
                x += alpha * d;
                d = (f(x + 1e-6) - f(x - 1e-6)) / 2e-6;
            }

            return x;
        }
        """;

    [Fact]
    public async Task A_descent_that_climbs_is_named_on_every_case_in_traditional_chinese_with_the_catalogs_hint()
    {
        var climbs = Catalog.Find("gradient-descent")!.Misconceptions.Single(m => m.Id == "climbs");
        var (student, _, _) = await api.NewUserAsync(language: "zh-TW");

        var submission = await Submit.GradedAsync(student, ClimbingDescent, "gradient-descent");

        Assert.Equal(Verdict.WrongAnswer, submission.Verdict);
        Assert.Equal(0, submission.Score);
        Assert.All(submission.Cases!, c =>
        {
            Assert.Equal("climbs", c.Misconception);
            Assert.Equal(climbs.Message.ZhTw, c.Message);
            Assert.Equal(climbs.Hint.ZhTw, c.Hint);
        });
        Assert.Contains(submission.Cases!, c => !c.Visible);
        Assert.All(submission.Cases!.Where(c => !c.Visible), c =>
        {
            Assert.Null(c.Input);
            Assert.Null(c.Expected);
            Assert.Null(c.Actual);
            Assert.Null(c.Output);
        });
        Assert.EndsWith($"測試 1：{climbs.Message.ZhTw}", submission.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cumsum_that_returns_one_tensor_is_a_compilation_error_naming_the_signature_and_the_line()
    {
        var (student, _, _) = await api.NewUserAsync();

        var submission = await Submit.GradedAsync(student, "// only the running sums\nTensor Solve(Tensor A) => A.cumsum(0);\n");

        Assert.Equal(Verdict.CompilationError, submission.Verdict);
        Assert.Equal(0, submission.Score);
        Assert.Empty(submission.Cases!);
        Assert.StartsWith("Solve must be `(Tensor sum, Tensor cumsum) Solve(Tensor A)`; yours (line 2) is `Tensor Solve(Tensor A)`", submission.Summary, StringComparison.Ordinal);
        var error = Assert.Single(submission.Diagnostics!, d => d.Severity == "Error");
        Assert.Equal("GRD0001", error.Id);
        Assert.Equal(2, error.Line);
        Assert.Equal(submission.Summary, error.Message);
    }
}
