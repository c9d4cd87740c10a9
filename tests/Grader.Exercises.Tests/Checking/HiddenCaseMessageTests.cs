using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;

namespace Grader.Exercises.Tests;

/// <summary>
/// What a failed hidden case tells the student: fixed grader text only. Each snippet here tries to get a hidden input
/// (or the expected result's shape or dtype) out through a message.
/// </summary>
[Collection(CatalogCollection.Name)]
public class HiddenCaseMessageTests(CatalogFixture catalog)
{
    private GradeReport Grade(string code) =>
        LocalGrader.Grade(catalog["cumsum"], code, Seeds.ForStudent("cumsum", "hidden-message-tests"));

    private static void AssertHiddenSayNothingOfTheirData(GradeReport report)
    {
        var hidden = report.Cases.Where(c => !c.Visible).ToList();
        Assert.NotEmpty(hidden);
        foreach (var result in hidden)
        {
            Assert.NotEqual(Verdict.Accepted, result.Verdict);
            foreach (var text in new[] { result.Message!.En, result.Message.ZhTw })
            {
                // Shapes, sizes and values are numbers; dtypes are named.
                Assert.DoesNotMatch(@"\d", text);
                Assert.DoesNotContain("int64", text, StringComparison.Ordinal);
                Assert.DoesNotContain("float32", text, StringComparison.Ordinal);
            }

            Assert.Null(result.Input);
            Assert.Null(result.Expected);
            Assert.Null(result.Actual);
            Assert.Null(result.Output);
        }
    }

    [Fact]
    public void Returning_null_on_a_hidden_case_does_not_describe_the_expected_tensor()
    {
        var report = Grade("(Tensor sum, Tensor cumsum) Solve(Tensor A) => (null!, null!);");

        Assert.Contains("expected a tensor of dtype int64 and shape (1, 2)", report.Cases[0].Message!.En, StringComparison.Ordinal);
        Assert.Equal("sum: The method returned null.", report.Cases.First(c => !c.Visible).Message!.En);
        AssertHiddenSayNothingOfTheirData(report);
    }

    [Fact]
    public void An_exception_message_built_from_the_input_is_not_shown_on_a_hidden_case()
    {
        var report = Grade("""
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                var letters = new string((char)('a' + Math.Abs(A.sum().item<long>()) % 26), (int)A.shape[0]);
                throw new InvalidOperationException($"{letters} {A.sum().item<long>()}");
            }
            """);

        Assert.Equal("InvalidOperationException was thrown.", report.Cases.First(c => !c.Visible).Message!.En);
        AssertHiddenSayNothingOfTheirData(report);
    }

    [Fact]
    public void Libtorch_words_about_the_input_are_not_shown_on_a_hidden_case()
    {
        // libtorch's message names the input's size: "shape '[5, 5]' is invalid for input of size 12".
        var report = Grade("(Tensor sum, Tensor cumsum) Solve(Tensor A) { var B = A.view(5, 5); return (B, B); }");

        Assert.Contains("invalid for input of size 6", report.Cases[0].Message!.En, StringComparison.Ordinal);
        Assert.Equal("A libtorch error was thrown.", report.Cases.First(c => !c.Visible).Message!.En);
        AssertHiddenSayNothingOfTheirData(report);
    }

    [Fact]
    public void A_wrong_shape_on_a_hidden_case_names_the_mistake_but_no_shape()
    {
        var report = Grade("(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(dim: 0), A.cumsum(0));");

        Assert.Contains("expected shape (1, 2), got (2,)", report.Cases[0].Message!.En, StringComparison.Ordinal);
        Assert.Equal(
            "sum: The values are right, but the reduced axis was dropped: keepdim is missing.",
            report.Cases.First(c => !c.Visible).Message!.En);
        AssertHiddenSayNothingOfTheirData(report);
    }

    [Fact]
    public void A_dropped_keepdim_is_named_on_the_hidden_tall_matrix_with_one_column_too()
    {
        // There the sum is (1, 1) with keepdim and (1,) without: only one of its two axes of size 1 goes.
        var report = Grade("(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(dim: 0), A.cumsum(0));");

        var tall = Assert.Single(report.Cases, c => c.Name.En == "tall matrix with one column");
        Assert.False(tall.Visible);
        Assert.Equal("keepdim-missing", tall.Misconception);
        Assert.Equal("sum: The values are right, but the reduced axis was dropped: keepdim is missing.", tall.Message!.En);
        Assert.Equal("sum：數值正確，但被化約的軸消失了：少了 keepdim。", tall.Message.ZhTw);
        Assert.All(report.Cases, c => Assert.Equal("keepdim-missing", c.Misconception));
        AssertHiddenSayNothingOfTheirData(report);
    }

    [Fact]
    public void A_kept_axis_where_none_should_be_is_named_even_when_other_axes_have_size_one()
    {
        var exercise = catalog["reduction-sum-mean"];
        var report = LocalGrader.Grade(exercise, """
            (Tensor total, Tensor mean, Tensor sumAxis0, Tensor meanAxis1) Solve(Tensor A)
            {
                var F = A.to(float32);
                return (A.sum(), F.mean(), A.sum(0, keepdim: true), F.mean(dimensions: [1]));
            }
            """, Seeds.ForStudent(exercise.Id, "hidden-message-tests"));

        Assert.All(report.Cases, c => Assert.Equal("keepdim-extra", c.Misconception));
        Assert.Contains("sumAxis0: Expected shape (3,), got (1, 3): the values are right, but the reduced axis was kept", report.Cases[0].Message!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_dtype_on_a_hidden_case_does_not_name_the_expected_dtype()
    {
        var report = Grade("(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(0, keepdim: true).to(ScalarType.Int16), A.cumsum(0).to(ScalarType.Int16));");

        Assert.Equal("sum: The dtype of the result is wrong.", report.Cases.First(c => !c.Visible).Message!.En);
        AssertHiddenSayNothingOfTheirData(report);
    }

    [Fact]
    public void The_summary_of_a_failed_hidden_case_repeats_only_its_fixed_message()
    {
        var report = Grade("""
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                if (A.numel() == 6) return (A.sum(0, keepdim: true), A.cumsum(0));
                if (A.dtype == ScalarType.Float32 && A.numel() == 12) return (A.sum(0, keepdim: true), A.cumsum(0));
                throw new ArgumentException($"rows={A.shape[0]}");
            }
            """);

        Assert.Equal(Verdict.RuntimeError, report.Verdict);
        Assert.DoesNotContain("rows=", report.Summary.En, StringComparison.Ordinal);
        Assert.EndsWith("Case 3: ArgumentException was thrown.", report.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_dying_process_printed_is_not_shown_on_a_hidden_case()
    {
        var exercise = catalog["cumsum"];
        var seed = Seeds.ForStudent("cumsum", "hidden-message-tests");
        var expected = exercise.Expected(seed);
        const string stderr = "terminate called after throwing an instance of 'c10::Error' what(): shapes cannot be multiplied (4x3 and 4x1)";
        var hidden = exercise.Cases(seed).First(c => !c.Visible).Index;
        var run = new Running.SnippetRun([], [], null, [
            .. expected.Take(hidden),
            new Running.CaseRun(hidden, null, "", Running.RunError.Stopped(Running.RunErrorKind.Killed, stderr), Running.CaseEnd.Crashed, 1),
        ], 1, 1);

        var report = Checking.Judge.Decide(exercise, seed, run, exercise.Expected(seed));

        Assert.Equal(Verdict.RuntimeError, report.Verdict);
        Assert.DoesNotContain("multiplied", report.Summary.En, StringComparison.Ordinal);
        Assert.Equal(
            "The program was stopped while this case was running (libtorch aborted, or the program exited).",
            report.Cases[hidden].Message!.En);
        AssertHiddenSayNothingOfTheirData(report);
    }
}
