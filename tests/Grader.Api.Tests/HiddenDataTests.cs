using System.Net.Http.Json;
using System.Text.Json;
using Grader.Exercises.Catalog;
using Grader.Exercises.Values;
using TorchSharp;

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
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submitted = await Submit.ReadAsync(await Submit.TextAsync(student, exercise.Starter.En, exerciseId));
        var final = await Submit.FinalAsync(student, submitted.Id);
        var seed = (await ta.GetFromJsonAsync<Submissions.SubmissionResponse>($"/submissions/{final.Id}", Json.Options))!.Seed!.Value;

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

        var expected = exercise.Expected(seed);
        string? Text(int index) =>
            exercise.ChecksOutput ? expected[index].Output : expected[index].Result is { } value ? ValueFormatter.Format(value) : null;
        var cases = exercise.Cases(seed);

        // A hidden case may happen to have a visible case's answer; that answer is no secret.
        var shownAnyway = cases.Where(c => c.Visible).Select(c => Text(c.Index)).ToHashSet();
        foreach (var hidden in cases.Where(c => !c.Visible))
        {
            if (Text(hidden.Index) is { Length: >= 8 } secret && !shownAnyway.Contains(secret))
            {
                Assert.DoesNotContain(Escaped(secret), seen);
            }
        }

        var shown = exercise.Starter.En + exercise.Starter.ZhTw + exercise.Description.En + exercise.Description.ZhTw + exercise.Signature;
        var referenceLines = File.ReadAllLines(Path.Combine(Catalog.Directory, exerciseId, "reference.cs"))
            .Select(l => l.Trim())
            .Where(l => l.Length >= 20 && !shown.Contains(l, StringComparison.Ordinal));
        Assert.All(referenceLines, line => Assert.DoesNotContain(Escaped(line), seen));
    }

    [Fact]
    public async Task What_a_snippet_prints_throws_or_takes_on_a_hidden_case_never_reaches_the_student()
    {
        const string leaky = """
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                var total = A.sum().ToDouble();
                Console.WriteLine($"LEAK[{total}]");
                throw new InvalidOperationException($"LEAK[{total}]");
            }
            """;
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");

        var graded = await Submit.GradedAsync(student, leaky);
        var json = await student.GetStringAsync($"/submissions/{graded.Id}");
        var asTa = await ta.GetFromJsonAsync<Submissions.SubmissionResponse>($"/submissions/{graded.Id}", Json.Options);
        var hiddenTotals = HiddenTotals(asTa!.Seed!.Value);
        Assert.NotEmpty(hiddenTotals);

        using var document = JsonDocument.Parse(json);
        var cases = document.RootElement.GetProperty("cases").EnumerateArray().ToList();
        Assert.Contains(cases, c => c.GetProperty("visible").GetBoolean() && c.GetRawText().Contains("LEAK", StringComparison.Ordinal));
        foreach (var hidden in cases.Where(c => !c.GetProperty("visible").GetBoolean()))
        {
            Assert.DoesNotContain("LEAK", hidden.GetRawText(), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Null, hidden.GetProperty("elapsedMs").ValueKind);
        }

        Assert.All(hiddenTotals, total => Assert.DoesNotContain($"LEAK[{total}]", json, StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("timings").GetProperty("runMs").ValueKind);
        Assert.All(asTa.Cases!, c => Assert.NotNull(c.ElapsedMs));
        Assert.NotNull(asTa.Timings.RunMs);
    }

    /// <summary>What the leaky snippet would print on each hidden cumsum case of an attempt (unless a visible one prints it too).</summary>
    private static List<string> HiddenTotals(int seed)
    {
        var cases = Catalog.Find("cumsum")!.Cases(seed);
        string Total(TestCase c) => ((torch.Tensor)c.Arguments()[0]!).sum().ToDouble().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var visible = cases.Where(c => c.Visible).Select(Total).ToHashSet();
        return [.. cases.Where(c => !c.Visible).Select(Total).Where(t => !visible.Contains(t))];
    }

    private static string Escaped(string text) => JsonSerializer.Serialize(text)[1..^1];
}
