using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;

namespace Grader.Exercises.Tests;

[Collection(CatalogCollection.Name)]
public class SubmissionFileTests(CatalogFixture catalog)
{
    [Theory]
    [MemberData(nameof(SubmissionFile.All), MemberType = typeof(SubmissionFile))]
    public void Each_kept_submission_gets_the_verdict_and_message_in_its_header(string file)
    {
        var submission = SubmissionFile.Read(file);
        var exercise = catalog[submission.ExerciseId];

        var report = LocalGrader.Grade(exercise, submission.Code, Seeds.ForStudent(exercise.Id, "student-42"));

        Assert.Equal(submission.Verdict, report.Verdict);
        if (submission.Verdict == Verdict.Accepted)
        {
            // A correct solution written another way: full marks, and no misconception may fire on it.
            Assert.Equal(report.MaxScore, report.Score);
            Assert.All(report.Cases, c => Assert.Null(c.Misconception));
            Assert.Null(submission.Misconception);
            return;
        }

        Assert.True(report.Score < report.MaxScore, "A rejected submission must not get full marks.");
        var failed = report.Cases.FirstOrDefault(c => c.Verdict != Verdict.Accepted);
        if (submission.Message is { } message)
        {
            var said = string.Join("\n", new[] { report.Summary.En }
                .Concat(report.Diagnostics.Select(d => d.Message.En))
                .Concat(report.Cases.Select(c => c.Message?.En ?? "")));
            Assert.Contains(message, said, StringComparison.Ordinal);
        }

        if (submission.Misconception is { } misconception)
        {
            Assert.Equal(misconception, failed?.Misconception);
            if (exercise.Misconceptions.FirstOrDefault(m => m.Id == misconception) is { } named)
            {
                // A mistake of the catalog's own: its message and hint, in both languages, on every case it explains.
                Assert.All(report.Cases.Where(c => c.Misconception == misconception), c =>
                {
                    Assert.Equal(named.Message, c.Message);
                    Assert.Equal(named.Hint, c.Hint);
                });
            }
        }

        if (submission.Verdict == Verdict.CompilationError && submission.Line is { } errorLine)
        {
            Assert.Contains(report.Diagnostics, d => d.Severity == "Error" && d.Span?.Line == errorLine);
        }

        if (submission.Verdict == Verdict.ForbiddenApi)
        {
            var use = Assert.Single(report.Forbidden.Take(1));
            Assert.Equal(submission.Line, use.Span.Line);
            Assert.StartsWith(submission.Api ?? "", use.Api, StringComparison.Ordinal);
            Assert.Contains(use.Api, report.Summary.En, StringComparison.Ordinal);
            Assert.Contains($"line {use.Span.Line}", report.Summary.En, StringComparison.Ordinal);
        }

        AssertHiddenCasesRevealNothing(report);
        AssertBothLanguages(report);
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.ExerciseIds), MemberType = typeof(CatalogFixture))]
    public void Every_exercise_keeps_three_wrong_answers_a_compile_error_and_a_forbidden_use(string exerciseId)
    {
        var kept = SubmissionFile.Paths().Select(SubmissionFile.Read)
            .Where(s => s.ExerciseId == exerciseId).ToList();

        Assert.True(kept.Count(s => s.Verdict is Verdict.WrongAnswer or Verdict.RuntimeError) >= 3,
            $"{exerciseId} needs at least three plausible wrong solutions under Submissions/{exerciseId}.");
        Assert.Contains(kept, s => s.Verdict == Verdict.CompilationError && s.Line is not null);
        Assert.Contains(kept, s => s.Verdict == Verdict.ForbiddenApi && s.Line is not null);
    }

    internal static void AssertHiddenCasesRevealNothing(GradeReport report)
    {
        foreach (var hidden in report.Cases.Where(c => !c.Visible))
        {
            Assert.Null(hidden.Input);
            Assert.Null(hidden.Expected);
            Assert.Null(hidden.Actual);
            Assert.Null(hidden.Output);
        }
    }

    private static void AssertBothLanguages(GradeReport report)
    {
        Assert.False(string.IsNullOrWhiteSpace(report.Summary.ZhTw));
        foreach (var result in report.Cases.Where(c => c.Message is not null))
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Message!.ZhTw));
            Assert.NotEqual(result.Message.En, result.Message.ZhTw);
        }
    }
}
