using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Grader.Api.Analytics;
using Grader.Api.Similarity;
using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Grader.Api.Tests;

/// <summary>
/// A class of 500 students × 19 exercises × 1–3 attempts, seeded into SQLite and PostgreSQL: every number the API
/// aggregates matches what the seeding plan says, on both providers, and a similarity run finds the one planted copy.
/// The time each call took is written to the test output (the README quotes it); no test fails on time.
/// </summary>
public sealed class ClassScaleTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>
{
    private const int Students = 500;

    [Fact]
    public async Task On_sqlite_a_class_of_500_gets_its_analytics_overview_and_similarity_right()
    {
        await using var api = await GraderApiFactory.StartAsync(settings: new Dictionary<string, string?> { ["Sandbox:Workers"] = "1" });
        await CheckAsync(api, "SQLite");
    }

    [Fact]
    public async Task On_postgresql_a_class_of_500_gets_its_analytics_overview_and_similarity_right()
    {
        await using var api = await GraderApiFactory.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Grader"] = postgres.ConnectionString("grader_class"),
            ["Sandbox:Workers"] = "1",
        });
        await CheckAsync(api, "PostgreSQL");
    }

    private async Task CheckAsync(GraderApiFactory api, string provider)
    {
        var catalog = api.Services.GetRequiredService<ExerciseCatalog>();
        var seeding = Stopwatch.StartNew();
        var plan = await ClassSeeder.SeedAsync(api, catalog, Students);
        output.WriteLine($"{provider}: seeded {plan.Count} submissions in {seeding.Elapsed.TotalSeconds:F1} s");
        var instructor = api.Instructor();
        var exercise = catalog.Exercises[0];
        var mine = plan.Where(p => p.ExerciseId == exercise.Id).ToList();

        var (_, coldMs) = await TimedAsync(() => instructor.GetFromJsonAsync<ExerciseAnalytics>($"/exercises/{exercise.Id}/analytics", Json.Options));
        var (analytics, analyticsMs) = await TimedAsync(() => instructor.GetFromJsonAsync<ExerciseAnalytics>($"/exercises/{exercise.Id}/analytics", Json.Options));
        var (_, chartMs) = await TimedAsync(() => instructor.GetStringAsync($"/exercises/{exercise.Id}/analytics/charts/verdicts-by-hour.svg"));
        var (overview, overviewMs) = await TimedAsync(() => instructor.GetFromJsonAsync<ChapterOverview>("/analytics/exercises", Json.Options));
        var (first, firstRunMs) = await TimedAsync(async () => await (await instructor.PostAsync($"/exercises/{exercise.Id}/similarity", null)).Content.ReadFromJsonAsync<SimilarityReport>(Json.Options));
        var (second, secondRunMs) = await TimedAsync(async () => await (await instructor.PostAsync($"/exercises/{exercise.Id}/similarity", null)).Content.ReadFromJsonAsync<SimilarityReport>(Json.Options));
        output.WriteLine($"{provider}: analytics {coldMs:F0} ms the first time, {analyticsMs:F0} ms the second, one chart {chartMs:F0} ms, chapter overview (19 exercises) {overviewMs:F0} ms");
        output.WriteLine($"{provider}: similarity over {first!.Submissions}, {first.Pairs.Count} pairs at 0.5 or more: {firstRunMs:F0} ms through HTTP with fingerprinting ({first.ElapsedMs} ms in the run), {secondRunMs:F0} ms with stored fingerprints ({second!.ElapsedMs} ms in the run)");

        var byStudent = mine.GroupBy(p => p.Student).ToList();
        int? UntilAccepted(IGrouping<int, SeededSubmission> s) => s.FirstOrDefault(p => p.Verdict == Verdict.Accepted)?.Attempt;
        Assert.Equal((Students, mine.Count), (analytics!.Students, analytics.Submissions));
        Assert.Equal(byStudent.Count(s => UntilAccepted(s) == 1), analytics.AcceptedFirstTry);
        Assert.Equal(byStudent.Count(s => UntilAccepted(s) is not null), analytics.AcceptedEventually);
        Assert.Equal(
            Enumerable.Range(1, 9).Select(n => byStudent.Count(s => UntilAccepted(s) == n)),
            analytics.AttemptsUntilAccepted.Take(9).Select(b => b.Count));
        Assert.Equal(byStudent.Count(s => s.Any(p => p.Verdict == Verdict.Accepted)), analytics.Scores[^1].Count);
        Assert.Equal(mine.Count, analytics.VerdictsByHour.Sum(h => h.Total));
        Assert.Equal(mine.Count(p => p.Verdict == Verdict.WrongAnswer), analytics.VerdictsByHour.SelectMany(h => h.Verdicts).Where(v => v.Verdict == Verdict.WrongAnswer).Sum(v => v.Count));
        var misconception = Assert.Single(analytics.Misconceptions);
        Assert.Equal(
            (mine.Count(p => p.Misconception is not null), mine.Where(p => p.Misconception is not null).Select(p => p.Student).Distinct().Count()),
            (misconception.Submissions, misconception.Students));
        var compileError = Assert.Single(analytics.CompileErrors);
        Assert.Equal(("CS1002", mine.Count(p => p.Verdict == Verdict.CompilationError)), (compileError.Id, compileError.Submissions));
        Assert.Equal([3, 4], analytics.HiddenCases.Select(c => c.Number).Order());
        Assert.All(analytics.HiddenCases, c => Assert.Equal(mine.Count(p => p.Verdict == Verdict.WrongAnswer), c.Submissions));
        Assert.InRange(analytics.MedianGradingMs!.Value, 30, 60);

        Assert.Equal(catalog.Exercises.Count, overview!.Exercises.Count);
        Assert.All(overview.Exercises, e => Assert.Equal(Students, e.Students));
        var expectedDifficulty = plan.GroupBy(p => p.ExerciseId).ToDictionary(
            g => g.Key,
            g => Math.Round(1 - (g.GroupBy(p => p.Student).Sum(s => s.FirstOrDefault(p => p.Verdict == Verdict.Accepted)?.Attempt is { } n ? 1.0 / n : 0) / Students), 4));
        Assert.All(overview.Exercises, e => Assert.Equal(expectedDifficulty[e.ExerciseId], e.Difficulty));

        Assert.Equal(Students, first.Submissions);
        var top = first.Pairs[0];
        Assert.Equal((1.0, "seeded0000", "seeded0001"), (top.Score, top.First.UserName, top.Second.UserName));
        Assert.Equal(first.Pairs.Count, second.Pairs.Count);
    }

    private static async Task<(T Result, double Ms)> TimedAsync<T>(Func<Task<T>> call)
    {
        var clock = Stopwatch.StartNew();
        var result = await call();
        return (result, clock.Elapsed.TotalMilliseconds);
    }
}
