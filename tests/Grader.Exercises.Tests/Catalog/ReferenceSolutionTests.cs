using Grader.Exercises.Catalog;
using Grader.Exercises.Compiling;
using Grader.Exercises.Grading;
using Grader.Exercises.Running;
using Grader.Exercises.Values;

namespace Grader.Exercises.Tests;

[Collection(CatalogCollection.Name)]
public class ReferenceSolutionTests(CatalogFixture catalog)
{
    private static readonly string[] Students = ["b12345678", "r13922001", "d11000042"];

    [Theory]
    [MemberData(nameof(CatalogFixture.ExerciseIds), MemberType = typeof(CatalogFixture))]
    public void The_reference_solution_is_accepted_with_full_marks_for_every_student(string exerciseId)
    {
        var exercise = catalog[exerciseId];
        var reference = File.ReadAllText(Path.Combine(ExerciseCatalog.DefaultDirectory, exerciseId, "reference.cs"));

        foreach (var student in Students)
        {
            var report = LocalGrader.Grade(exercise, reference, Seeds.ForStudent(exerciseId, student));

            Assert.Equal(Verdict.Accepted, report.Verdict);
            Assert.Equal(exercise.Points, report.Score);
            Assert.All(report.Cases, c => Assert.Equal(Verdict.Accepted, c.Verdict));
        }
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.ExerciseIds), MemberType = typeof(CatalogFixture))]
    public void The_starter_code_compiles_but_does_not_pass(string exerciseId)
    {
        var exercise = catalog[exerciseId];

        var report = LocalGrader.Grade(exercise, exercise.Starter.En, Seeds.ForStudent(exerciseId, Students[0]));

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == "Error");
        Assert.NotEqual(Verdict.Accepted, report.Verdict);
        Assert.NotEqual(Verdict.CompilationError, report.Verdict);
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.ExerciseIds), MemberType = typeof(CatalogFixture))]
    public void Hidden_cases_vary_between_students_and_repeat_exactly_for_the_same_student(string exerciseId)
    {
        var exercise = catalog[exerciseId];
        var alice = Seeds.ForStudent(exerciseId, "alice");
        var bob = Seeds.ForStudent(exerciseId, "bob");

        var aliceCases = exercise.Cases(alice);
        var first = RunReference(exercise, aliceCases);
        var regrade = RunReference(exercise, exercise.Cases(alice));
        var other = RunReference(exercise, exercise.Cases(bob));

        Assert.Equal(first, regrade);
        Assert.Contains(aliceCases, c => !c.Visible && first[c.Index] != other[c.Index]);
        Assert.All(aliceCases.Where(c => c.Visible), c => Assert.Equal(first[c.Index], other[c.Index]));
    }

    /// <summary>What the reference returns or prints on each case, rendered as text so results can be compared.</summary>
    private static List<string> RunReference(Exercise exercise, IReadOnlyList<TestCase> cases)
    {
        var reference = File.ReadAllText(Path.Combine(ExerciseCatalog.DefaultDirectory, exercise.Id, "reference.cs"));
        using var compiled = SnippetCompiler.Shared.Compile(reference, []).Snippet!;
        var entryPoint = EntryPoints.Find(compiled, exercise.EntryPoint, exercise.Parameters, exercise.ReturnType)!;
        return [.. CaseRunner.Run(compiled, entryPoint, cases, exercise.Limits)
            .Select(r => $"{(r.Result is null ? "" : ValueFormatter.Format(r.Result))}|{r.Output}")];
    }

    [Theory]
    [MemberData(nameof(CatalogFixture.ExerciseIds), MemberType = typeof(CatalogFixture))]
    public void Every_exercise_speaks_both_languages_and_shows_its_examples(string exerciseId)
    {
        var exercise = catalog[exerciseId];

        Assert.False(string.IsNullOrWhiteSpace(exercise.Title.En));
        Assert.False(string.IsNullOrWhiteSpace(exercise.Title.ZhTw));
        Assert.NotEqual(exercise.Description.En, exercise.Description.ZhTw);
        Assert.Contains(exercise.EntryPoint, exercise.Signature, StringComparison.Ordinal);
        var cases = exercise.Cases(1);
        Assert.Contains(cases, c => c.Visible && c.ShownAs is not null);
        Assert.All(cases.Where(c => !c.Visible), c => Assert.NotNull(c.Hint));
        Assert.All(cases.Where(c => !c.Visible), c => Assert.NotEqual(c.Name.En, c.Name.ZhTw));
    }
}
