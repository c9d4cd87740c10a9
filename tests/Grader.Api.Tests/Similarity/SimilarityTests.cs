using System.Net;
using System.Net.Http.Json;
using Grader.Api.Similarity;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests;

/// <summary>A service of its own for the similarity tests: a run compares every student's latest cumsum submission.</summary>
public sealed class SimilarityServer() : GraderApiFactory();

/// <summary>The similarity report over real graded submissions: copies found despite renaming, the shared base ignored.</summary>
public sealed class SimilarityTests(SimilarityServer api) : IClassFixture<SimilarityServer>
{
    public const string Loop = """
        (Tensor sum, Tensor cumsum) Solve(Tensor A)
        {
            // Add the rows one by one.
            var rows = A.shape[0];
            var running = zeros_like(A);
            var total = A[0].clone();
            running[0] = A[0];
            for (long i = 1; i < rows; i++)
            {
                total = total + A[i];
                running[i] = total;
            }
            return (total.unsqueeze(0), running);
        }
        """;

    public const string LoopRenamed = """
        (Tensor sum, Tensor cumsum) Solve(Tensor M)
        {
            /* I wrote this myself */
            var n = M.shape[0];
            var acc = zeros_like(M);
            var t = M[0].clone();
            acc[0] = M[0];
            for (long k = 1; k < n; k++) { t = t + M[k]; acc[k] = t; }
            return (t.unsqueeze(0), acc);
        }
        """;

    public const string OtherWay = """
        (Tensor sum, Tensor cumsum) Solve(Tensor A)
        {
            var c = A.cumsum(dim: 0);
            return (c[-1].reshape(1, -1), c);
        }
        """;

    [Fact]
    public async Task A_run_finds_the_renamed_copy_with_its_regions_and_ignores_the_starter_and_the_reference_everyone_shares()
    {
        var catalog = Path.Combine(Grader.Exercises.Catalog.ExerciseCatalog.DefaultDirectory, "cumsum");
        var starter = await File.ReadAllTextAsync(Path.Combine(catalog, "starter.cs"));
        var reference = await File.ReadAllTextAsync(Path.Combine(catalog, "reference.cs"));
        var (ta, _, _) = await api.NewUserAsync("ta");
        var copier = await api.NewUserAsync();
        var original = await api.NewUserAsync();
        var submissions = new Dictionary<string, long>
        {
            ["original"] = (await Submit.GradedAsync(original.Client, Loop)).Id,
            ["copy-old"] = (await Submit.GradedAsync(copier.Client, OtherWay)).Id, // not the latest: not compared
            ["copy"] = (await Submit.GradedAsync(copier.Client, LoopRenamed)).Id,
        };
        foreach (var (code, name) in new[] { (reference, "honest1"), (reference, "honest2"), (starter, "starter1"), (starter, "starter2"), (OtherWay, "other") })
        {
            var (student, _, _) = await api.NewUserAsync();
            submissions[name] = (await Submit.GradedAsync(student, code)).Id;
        }

        // Fingerprinted when graded (by the grader, just after it answered the waiting request); one made older (none
        // stored) is fingerprinted by the run.
        var stored = 0;
        for (var look = 0; look < 100 && stored < submissions.Count; look++)
        {
            await Task.Delay(look == 0 ? 0 : 50);
            stored = await api.WithDatabaseAsync(db => db.Fingerprints.CountAsync(f => submissions.Values.Contains(f.SubmissionId)));
        }

        await api.WithDatabaseAsync(db => db.Fingerprints.Where(f => f.SubmissionId == submissions["copy"]).ExecuteDeleteAsync());

        var run = await api.Instructor().PostAsync("/exercises/cumsum/similarity", null);
        var created = (await run.Content.ReadFromJsonAsync<SimilarityReport>(Json.Options))!;
        var read = await ta.GetFromJsonAsync<SimilarityReport>("/exercises/cumsum/similarity", Json.Options);
        var low = await ta.GetFromJsonAsync<SimilarityReport>("/exercises/cumsum/similarity?threshold=0.25", Json.Options);
        var chinese = await api.ClientWithToken(GraderApiFactory.InstructorToken, "zh-TW").GetFromJsonAsync<SimilarityReport>("/exercises/cumsum/similarity", Json.Options);
        var restored = await api.WithDatabaseAsync(db => db.Fingerprints.AnyAsync(f => f.SubmissionId == submissions["copy"]));

        Assert.Equal(submissions.Count, stored);
        Assert.True(restored);
        Assert.Equal(HttpStatusCode.Created, run.StatusCode);
        Assert.Equal($"/exercises/cumsum/similarity?runId={created.RunId}", run.Headers.Location?.ToString());
        Assert.Equal(7, created.Submissions); // the latest per student: staff's and the copier's older attempt left out
        var pair = Assert.Single(created.Pairs);
        Assert.Equal([submissions["original"], submissions["copy"]], new[] { pair.First.SubmissionId, pair.Second.SubmissionId }.Order());
        Assert.Equal(1.0, pair.Score);
        Assert.Equal(copier.Id, new[] { pair.First, pair.Second }.Single(s => s.SubmissionId == submissions["copy"]).UserId);
        Assert.NotEmpty(pair.Regions);
        var copyIsFirst = pair.First.SubmissionId == submissions["copy"];
        foreach (var region in pair.Regions)
        {
            AssertSpan(copyIsFirst ? region.First : region.Second, LoopRenamed);
            AssertSpan(copyIsFirst ? region.Second : region.First, Loop);
        }

        // The loop (line 8 of both) is inside the matching regions.
        Assert.Contains(pair.Regions, r => (copyIsFirst ? r.First : r.Second) is { StartLine: <= 8, EndLine: >= 8 });
        Assert.Contains(pair.Regions, r => (copyIsFirst ? r.Second : r.First) is { StartLine: <= 8, EndLine: >= 11 });
        Assert.Equal(created.Pairs.Count, read!.Pairs.Count);
        Assert.DoesNotContain(low!.Pairs, p => new[] { p.First.SubmissionId, p.Second.SubmissionId }.Any(id => id == submissions["honest1"] || id == submissions["starter1"]));
        Assert.Contains("never", read.Notice, StringComparison.Ordinal);
        Assert.Contains("不會自動扣分", chinese!.Notice, StringComparison.Ordinal);
    }

    /// <summary>The span's lines and columns say where its offsets are in the code.</summary>
    private static void AssertSpan(CodeSpan span, string code)
    {
        Assert.InRange(span.Start, 0, span.End);
        Assert.InRange(span.End, span.Start, code.Length);
        var before = code[..span.Start];
        Assert.Equal(before.Count(c => c == '\n') + 1, span.StartLine);
        Assert.Equal(span.Start - (before.LastIndexOf('\n') + 1) + 1, span.StartColumn);
        Assert.Equal(code[..span.End].Count(c => c == '\n') + 1, span.EndLine);
    }
}
