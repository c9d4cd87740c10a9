using System.Text.Json;
using Grader.Exercises.Catalog;
using Grader.Exercises.Values;

namespace Grader.Api.Tests;

/// <summary>
/// Nothing a student can read (the exercise, their submission, their list) contains a hidden case's data or the
/// reference solution — checked for every exercise against the values the grader actually computed for that student.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HiddenDataTests(SharedApi api)
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Load(ExerciseCatalog.DefaultDirectory, runReferences: false);

    public static TheoryData<string> Exercises() => [.. Catalog.Exercises.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Exercises))]
    public async Task Student_visible_json_has_no_hidden_case_data_or_reference_code(string exerciseId)
    {
        var exercise = Catalog.Find(exerciseId)!;
        var (student, userName, _) = await api.NewUserAsync();
        var submitted = await Submit.ReadAsync(await Submit.TextAsync(student, exercise.Starter, exerciseId));
        var final = await Submit.FinalAsync(student, submitted.Id);

        var seen = string.Join(
            "\n",
            await student.GetStringAsync($"/submissions/{final.Id}"),
            await student.GetStringAsync("/submissions"),
            await student.GetStringAsync($"/exercises/{exerciseId}"),
            await student.GetStringAsync("/exercises"));

        Assert.All(final.Cases!.Where(c => !c.Visible), c =>
        {
            Assert.Null(c.Input);
            Assert.Null(c.Expected);
            Assert.Null(c.Actual);
            Assert.Null(c.Output);
        });

        var seed = Seeds.ForStudent(exerciseId, userName);
        var expected = exercise.Expected(seed);
        foreach (var hidden in exercise.Cases(seed).Where(c => !c.Visible))
        {
            var run = expected[hidden.Index];
            var secret = exercise.ChecksOutput ? run.Output : run.Result is { } value ? ValueFormatter.Format(value) : null;
            if (secret is { Length: >= 8 })
            {
                Assert.DoesNotContain(Escaped(secret), seen);
            }
        }

        var shown = exercise.Starter + exercise.Description.En + exercise.Description.ZhTw + exercise.Signature;
        var referenceLines = File.ReadAllLines(Path.Combine(Catalog.Directory, exerciseId, "reference.cs"))
            .Select(l => l.Trim())
            .Where(l => l.Length >= 20 && !shown.Contains(l, StringComparison.Ordinal));
        Assert.All(referenceLines, line => Assert.DoesNotContain(Escaped(line), seen));
    }

    private static string Escaped(string text) => JsonSerializer.Serialize(text)[1..^1];
}
