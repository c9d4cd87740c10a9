using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Data;
using Grader.Exercises.Grading;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Grader.Api.Tests;

/// <summary>
/// A SQLite file that cannot be written (a full disk, a read-only file) is an outage, not a bug: 503 with Retry-After
/// naming the database, liveness holds, and the service carries on by itself once the file can be written again.
/// These tests need root, as the CI has: they mount a tmpfs and set the immutable attribute (root ignores chmod).
/// </summary>
public sealed class SqliteOutageTests
{
    private const string Graders = "Grader.Api.Grading.GradingDispatcher";

    [Fact]
    public async Task A_full_disk_answers_503_naming_the_database_and_submissions_are_taken_again_once_there_is_room()
    {
        var folder = Directory.CreateTempSubdirectory("grader-full-").FullName;
        await RunAsync("mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", folder);
        try
        {
            await using var api = await GraderApiFactory.StartAsync(Path.Combine(folder, "grader.db"));
            var (student, _, _) = await api.NewUserAsync();
            Assert.Equal(Verdict.Accepted, (await Submit.GradedAsync(student, Submit.HonestCumsum)).Verdict);

            // An empty write-ahead log, then a disk with no page left: the next write needs one.
            await api.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);"));
            var filler = Path.Combine(folder, "filler");
            Fill(filler);

            var refused = await Submit.TextAsync(student, Submit.HonestCumsum, wait: 0);
            var live = await api.CreateClient().GetAsync("/health/live");
            File.Delete(filler);
            var after = await Submit.GradedAsync(student, Submit.HonestCumsum);

            await AssertDatabaseUnavailableAsync(refused);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(Verdict.Accepted, after.Verdict);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            await RunAsync("umount", folder);
            Directory.Delete(folder);
        }
    }

    [Fact]
    public async Task A_read_only_database_answers_503_and_a_grade_finished_meanwhile_is_kept_and_stored_when_it_is_writable_again()
    {
        await using var api = new LoggedApiFactory(settings: new Dictionary<string, string?> { ["Sandbox:Workers"] = "1" });
        await api.InitializeAsync();
        var (student, _, studentId) = await api.NewUserAsync();
        var instructor = api.Instructor();
        var running = await Submit.ReadAsync(await Submit.TextAsync(student, Submit.Endless, wait: 0));
        await WaitUntilRunningAsync(api, running.Id);
        string[] files = [api.DatabaseFile, api.DatabaseFile + "-wal"];

        await RunAsync("chattr", ["+i", .. files]);
        try
        {
            // Connections opened from now on find the file read-only (those open already find their writes refused).
            SqliteConnection.ClearAllPools();
            var refused = await Submit.TextAsync(student, Submit.HonestCumsum, wait: 0);
            await AssertDatabaseUnavailableAsync(refused);

            // Saves that would take a failure for a name taken meanwhile (409) say that the database is away instead.
            var rename = await instructor.PatchAsJsonAsync($"/users/{studentId}", new { displayName = "Renamed meanwhile" });
            await AssertDatabaseUnavailableAsync(rename);
            var roster = await instructor.PostAsync("/users/import", new StringContent("userName,displayName\nlate1,Late One\n", System.Text.Encoding.UTF8, "text/csv"));
            await AssertDatabaseUnavailableAsync(roster);

            // The endless snippet runs into its time limit; storing that grade fails, and the grader holds on to it.
            var waiting = await api.WaitForLogAsync(l => l.Category == Graders && l.Level == LogLevel.Warning, TimeSpan.FromSeconds(60));
            Assert.StartsWith("The database is unavailable", waiting.Message, StringComparison.Ordinal);
            var meanwhile = await Submit.ReadAsync(await student.GetAsync($"/submissions/{running.Id}"));
            Assert.Equal(SubmissionStatus.Running, meanwhile.Status);
        }
        finally
        {
            await RunAsync("chattr", ["-i", .. files]);
        }

        var final = await Submit.FinalAsync(student, running.Id);
        var claims = await api.WithDatabaseAsync(db => db.Submissions.Where(s => s.Id == running.Id).Select(s => s.Attempts).FirstAsync());

        // The grader logs the recovery just after its store commits, which a waiting client may see first.
        var back = await api.WaitForLogAsync(l => l.Category == Graders && l.Message.StartsWith("The database is back", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        Assert.Equal(Verdict.TimeLimitExceeded, final.Verdict);
        Assert.Equal(1, claims);
        Assert.Equal(LogLevel.Information, back.Level);
    }

    /// <summary>503, Retry-After, a ProblemDetails naming the database, and nothing about where the database is.</summary>
    internal static async Task AssertDatabaseUnavailableAsync(HttpResponseMessage response)
    {
        await Problem.AssertAsync(response, HttpStatusCode.ServiceUnavailable, "Database unavailable");
        Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("database", JsonDocument.Parse(body).RootElement.GetProperty("dependency").GetString());
        Assert.DoesNotContain("Data Source", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Host=", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("grader.db", body, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
    }

    private static void Fill(string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        foreach (var size in new[] { 1 << 20, 4096, 1 })
        {
            var chunk = new byte[size];
            try
            {
                while (true)
                {
                    file.Write(chunk);
                }
            }
            catch (IOException)
            {
                // Full at this granularity; try the next, smaller one.
            }
        }
    }

    private static async Task WaitUntilRunningAsync(GraderApiFactory api, long id)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await api.WithDatabaseAsync(db => db.Submissions.Where(s => s.Id == id).Select(s => s.Status).FirstAsync()) == SubmissionStatus.Running)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Submission {id} never started.");
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}; these tests need root): {await error}");
    }
}
