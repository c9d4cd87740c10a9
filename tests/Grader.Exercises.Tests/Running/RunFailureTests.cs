using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;

namespace Grader.Exercises.Tests;

[Collection(CatalogCollection.Name)]
public class RunFailureTests(CatalogFixture catalog)
{
    private const string Honest = "(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(0, keepdim: true), A.cumsum(0));";

    private GradeReport Grade(string code) =>
        LocalGrader.Grade(catalog["cumsum"], code, Seeds.ForStudent("cumsum", "runner-tests"));

    [Fact]
    public void A_libtorch_error_is_a_runtime_error_with_its_message_and_line_on_a_visible_case()
    {
        var report = Grade("""
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                var B = A.view(5, 5);
                return (B, B);
            }
            """);

        Assert.Equal(Verdict.RuntimeError, report.Verdict);
        var first = report.Cases[0].Message!.En;
        Assert.StartsWith("libtorch error at line 3: shape '[5, 5]' is invalid for input of size 6", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception raised from", first, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_hidden_case_a_runtime_error_shows_neither_its_message_its_line_nor_what_was_printed()
    {
        var report = Grade("""
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                Console.WriteLine(A.ToString(TorchSharp.TensorStringStyle.Numpy));
                throw new ArgumentException("leak: " + A.ToString(TorchSharp.TensorStringStyle.Numpy));
            }
            """);

        Assert.Equal(Verdict.RuntimeError, report.Verdict);
        Assert.Contains("leak: [[0, 1]", report.Cases[0].Message!.En, StringComparison.Ordinal);
        Assert.Contains("[[0, 1]", report.Cases[0].Output, StringComparison.Ordinal);
        foreach (var hidden in report.Cases.Where(c => !c.Visible))
        {
            Assert.Equal(Verdict.RuntimeError, hidden.Verdict);
            Assert.Equal("ArgumentException was thrown.", hidden.Message!.En);
            Assert.Null(hidden.Output);
        }
    }

    [Fact]
    public void An_output_flood_is_stopped_at_the_limit_and_the_rest_is_skipped()
    {
        var report = Grade("""
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                for (var i = 0; i < 10_000_000; i++) Console.WriteLine("spam spam spam spam");
                return (A, A);
            }
            """);

        Assert.Equal(Verdict.OutputLimitExceeded, report.Verdict);
        Assert.All(report.Cases.Skip(1), c => Assert.Equal(Verdict.Skipped, c.Verdict));
        Assert.True(report.Cases[0].Output!.Length <= 64 * 1024);
    }

    [Fact]
    public void A_run_past_its_deadline_is_a_time_limit_naming_the_case_that_was_running()
    {
        var report = Grade("""
            int calls = 0;
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                if (++calls == 2)
                {
                    var until = DateTime.UtcNow.AddSeconds(4);
                    while (DateTime.UtcNow < until) { }
                }

                return (A.sum(0, keepdim: true), A.cumsum(0));
            }
            """);

        Assert.Equal(Verdict.TimeLimitExceeded, report.Verdict);
        Assert.Equal(Verdict.Accepted, report.Cases[0].Verdict);
        Assert.Equal(Verdict.TimeLimitExceeded, report.Cases[1].Verdict);
        Assert.All(report.Cases.Skip(2), c => Assert.Equal(Verdict.Skipped, c.Verdict));
        Assert.Equal(1, report.Score);
    }

    [Fact]
    public void A_snippet_that_changes_its_inputs_in_place_cannot_affect_the_reference_or_the_next_submission()
    {
        var vandal = Grade("(Tensor sum, Tensor cumsum) Solve(Tensor A) { A.mul_(0); return (A.sum(0, keepdim: true), A.cumsum(0)); }");
        var honest = Grade(Honest);

        Assert.Equal(Verdict.WrongAnswer, vandal.Verdict);
        Assert.Equal(Verdict.Accepted, honest.Verdict);
    }

    [Fact]
    public void Catching_the_output_limit_does_not_escape_it()
    {
        var report = Grade("""
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                try { while (true) Console.Write("flood "); } catch { }
                return (A.sum(0, keepdim: true), A.cumsum(0));
            }
            """);

        Assert.Equal(Verdict.OutputLimitExceeded, report.Verdict);
    }

    [Fact]
    public void Tensors_made_by_top_level_statements_live_for_every_case()
    {
        var report = Grade("""
            var zero = zeros(1, dtype: int64);
            (Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(0, keepdim: true) + zero.to(A.dtype), A.cumsum(0));
            """);

        Assert.Equal(Verdict.Accepted, report.Verdict);
    }

    [Fact]
    public void Printing_a_verdict_does_not_make_a_wrong_answer_pass()
    {
        var report = Grade("""
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                Console.WriteLine("Accepted");
                return (A, A);
            }
            """);

        Assert.Equal(Verdict.WrongAnswer, report.Verdict);
        Assert.Equal(0, report.Score);
    }
}
