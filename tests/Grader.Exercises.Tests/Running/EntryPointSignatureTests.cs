using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;
using Grader.Exercises.Running;

namespace Grader.Exercises.Tests;

/// <summary>
/// A snippet whose entry point has another signature than the exercise's is refused when it compiles, for every
/// exercise alike: the message quotes exercise.json's signature in both languages and stands at the method's line.
/// </summary>
[Collection(CatalogCollection.Name)]
public class EntryPointSignatureTests(CatalogFixture catalog)
{
    private GradeReport Grade(Exercise exercise, string code) =>
        LocalGrader.Grade(exercise, code, Seeds.ForStudent(exercise.Id, "signature-tests"));

    /// <summary>The starter with its entry point's head changed; the body stays, so only the signature is wrong.</summary>
    private static string Starter(Exercise exercise, Func<string, string> head)
    {
        var starter = exercise.Starter.En;
        var at = starter.IndexOf(exercise.Signature, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{exercise.Id}'s starter writes its signature as exercise.json does.");
        return starter[..at] + head(exercise.Signature) + starter[(at + exercise.Signature.Length)..];
    }

    private static int LineOf(string code, string text) =>
        code[..code.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private static void AssertRefusedAtCompileTime(GradeReport report, Exercise exercise, int line)
    {
        Assert.Equal(Verdict.CompilationError, report.Verdict);
        Assert.Empty(report.Cases);
        Assert.StartsWith($"{exercise.EntryPoint} must be `{exercise.Signature}`;", report.Summary.En, StringComparison.Ordinal);
        Assert.StartsWith($"{exercise.EntryPoint} 必須是 `{exercise.Signature}`；", report.Summary.ZhTw, StringComparison.Ordinal);
        var diagnostic = Assert.Single(report.Diagnostics, d => d.Severity == "Error");
        Assert.Equal(EntryPointSignature.DiagnosticId, diagnostic.Id);
        Assert.Equal(report.Summary, diagnostic.Message);
        Assert.Equal(line, diagnostic.Span?.Line);
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.ExerciseIds), MemberType = typeof(CatalogFixture))]
    public void A_wrong_return_type_is_refused_with_the_catalogs_signature_at_the_methods_line(string exerciseId)
    {
        var exercise = catalog[exerciseId];
        var wrong = exercise.ReturnType == typeof(string) ? "int" : "string";
        var declared = EntryPointSignature.Declaration(exercise.Signature)!;
        var code = $"// The right parameters, another return type.\n{wrong} {exercise.EntryPoint}{declared.ParameterList} => default!;\n";

        var report = Grade(exercise, code);

        AssertRefusedAtCompileTime(report, exercise, 2);
        Assert.Contains($"it returns `{wrong}`, and the exercise needs `{declared.ReturnType}`", report.Summary.En, StringComparison.Ordinal);
        Assert.Contains($"它傳回 `{wrong}`，本題需要 `{declared.ReturnType}`", report.Summary.ZhTw, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.ExerciseIds), MemberType = typeof(CatalogFixture))]
    public void An_extra_parameter_is_refused_with_the_parameters_the_exercise_passes(string exerciseId)
    {
        var exercise = catalog[exerciseId];
        var code = Starter(exercise, signature => signature[..^1] + ", int extra)");

        var report = Grade(exercise, code);

        AssertRefusedAtCompileTime(report, exercise, LineOf(code, ", int extra)"));
        var parameters = EntryPointSignature.Declaration(exercise.Signature)!.ParameterList.ToString();
        Assert.Contains($"and the exercise passes {exercise.Parameters.Count}: {parameters}", report.Summary.En, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.ExerciseIds), MemberType = typeof(CatalogFixture))]
    public void A_misspelled_name_is_refused_and_the_method_meant_is_named(string exerciseId)
    {
        var exercise = catalog[exerciseId];
        var code = Starter(exercise, signature => signature.Replace($" {exercise.EntryPoint}(", " Slove(", StringComparison.Ordinal));

        var report = Grade(exercise, code);

        AssertRefusedAtCompileTime(report, exercise, LineOf(code, " Slove("));
        Assert.Contains($"no method is named {exercise.EntryPoint}, but line", report.Summary.En, StringComparison.Ordinal);
        Assert.Contains("defines `Slove`", report.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Cumsum_returning_one_tensor_is_told_the_tuple_it_must_return_in_both_languages()
    {
        var report = Grade(catalog["cumsum"], "Tensor Solve(Tensor A) => A.cumsum(0);");

        Assert.Equal(
            "Solve must be `(Tensor sum, Tensor cumsum) Solve(Tensor A)`; yours (line 1) is `Tensor Solve(Tensor A)`: it returns `Tensor`, and the exercise needs `(Tensor sum, Tensor cumsum)`.",
            report.Summary.En);
        Assert.Equal(
            "Solve 必須是 `(Tensor sum, Tensor cumsum) Solve(Tensor A)`；你的（第 1 行）是 `Tensor Solve(Tensor A)`：它傳回 `Tensor`，本題需要 `(Tensor sum, Tensor cumsum)`。",
            report.Summary.ZhTw);
        Assert.DoesNotContain("tuple of 2 items", report.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_with_no_method_like_the_entry_point_is_told_the_signature_without_a_line()
    {
        var exercise = catalog["cumsum"];

        var report = Grade(exercise, "Tensor Helper(Tensor A) => A;\nlong Count(Tensor A) => A.numel();\n");

        Assert.Equal(Verdict.CompilationError, report.Verdict);
        Assert.Equal("Solve must be `(Tensor sum, Tensor cumsum) Solve(Tensor A)`; the code defines no method named Solve.", report.Summary.En);
        Assert.Equal("Solve 必須是 `(Tensor sum, Tensor cumsum) Solve(Tensor A)`；程式中沒有名為 Solve 的方法。", report.Summary.ZhTw);
        Assert.Null(Assert.Single(report.Diagnostics, d => d.Severity == "Error").Span);
    }

    [Fact]
    public void An_overload_with_the_right_signature_beside_a_wrong_one_is_the_entry_point()
    {
        var exercise = catalog["cumsum"];

        var report = Grade(exercise, """
            Tensor Solve(Tensor A, long axis) => A.sum(axis, keepdim: true);
            (Tensor sum, Tensor cumsum) Solve(Tensor A) => (Solve(A, 0), A.cumsum(0));
            """);

        Assert.Equal(Verdict.Accepted, report.Verdict);
    }

    [Fact]
    public void A_very_long_head_is_shortened_in_the_message()
    {
        var exercise = catalog["dot-product"];
        var parameters = string.Join(", ", Enumerable.Range(0, 60).Select(i => $"Tensor p{i}"));

        var report = Grade(exercise, $"Tensor Solve({parameters}) => p0;");

        Assert.Equal(Verdict.CompilationError, report.Verdict);
        Assert.Contains("…`", report.Summary.En, StringComparison.Ordinal);
        Assert.True(report.Summary.En.Length < 400, report.Summary.En);
    }
}
