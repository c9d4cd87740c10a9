using System.Net;
using Grader.Api.Data;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests;

/// <summary>The queue is bounded and durable: a full queue refuses clearly, and nothing accepted is ever lost.</summary>
public sealed class QueueTests
{
    private static readonly Dictionary<string, string?> OneWorkerTwoPlaces = new()
    {
        ["Sandbox:Workers"] = "1",
        ["Grading:QueueCapacity"] = "2",
        ["Grading:GradersPerWorker"] = "1",
    };

    [Fact]
    public async Task A_full_queue_answers_503_with_retry_after_and_every_accepted_submission_is_graded()
    {
        await using var api = await GraderApiFactory.StartAsync(settings: OneWorkerTwoPlaces);
        var (student, _, _) = await api.NewUserAsync();

        // One endless submission occupies the only worker; two more fill the queue's two places.
        var running = await Submit.ReadAsync(await Submit.TextAsync(student, Submit.Endless, wait: 0));
        await WaitUntilAsync(api, running.Id, SubmissionStatus.Running);
        var queued = new List<long>();
        for (var i = 0; i < 2; i++)
        {
            var response = await Submit.TextAsync(student, Submit.Endless, wait: 0);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            queued.Add((await Submit.ReadAsync(response)).Id);
        }

        var refused = await Submit.TextAsync(student, Submit.HonestCumsum, wait: 0);

        var detail = await Problem.AssertAsync(refused, HttpStatusCode.ServiceUnavailable, "queue full");
        Assert.Contains("Nothing was stored", detail);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        foreach (var id in queued.Prepend(running.Id))
        {
            var final = await Submit.FinalAsync(student, id);
            Assert.Equal(Verdict.TimeLimitExceeded, final.Verdict);
        }

        var stored = await api.WithDatabaseAsync(db => db.Submissions.CountAsync());
        Assert.Equal(3, stored);
    }

    [Fact]
    public async Task Submissions_left_queued_or_running_at_a_restart_or_crash_are_graded_after_it()
    {
        var folder = Directory.CreateTempSubdirectory("grader-restart-").FullName;
        var databaseFile = Path.Combine(folder, "grader.db");
        var ids = new List<long>();
        string token;
        await using (var first = await GraderApiFactory.StartAsync(databaseFile, new Dictionary<string, string?> { ["Sandbox:Workers"] = "1" }))
        {
            var (student, _, _) = await first.NewUserAsync();
            token = student.DefaultRequestHeaders.Authorization!.Parameter!;
            ids.Add((await Submit.ReadAsync(await Submit.TextAsync(student, Submit.Endless, wait: 0))).Id);
            await WaitUntilAsync(first, ids[0], SubmissionStatus.Running);
            foreach (var code in new[] { Submit.HonestCumsum, Submit.KeepdimMissing })
            {
                ids.Add((await Submit.ReadAsync(await Submit.TextAsync(student, code, wait: 0))).Id);
            }

            // The service stops with one submission running and two queued.
        }

        await using (var db = GraderApiFactory.OpenDatabase(databaseFile))
        {
            var left = await db.Submissions.Where(s => ids.Contains(s.Id)).Select(s => s.Status).ToListAsync();
            Assert.DoesNotContain(SubmissionStatus.Completed, left);

            // And one that a crashed grader held: claimed, its lease long gone.
            var victim = await db.Submissions.FirstAsync(s => s.Id == ids[2]);
            victim.Status = SubmissionStatus.Running;
            victim.Attempts = 1;
            victim.LeaseExpiresAt = DateTime.UtcNow.AddMinutes(-5);
            await db.SaveChangesAsync();
        }

        await using var second = await GraderApiFactory.StartAsync(databaseFile, new Dictionary<string, string?> { ["Sandbox:Workers"] = "1" });
        var again = second.ClientWithToken(token);
        var finals = new List<Verdict?>();
        foreach (var id in ids)
        {
            finals.Add((await Submit.FinalAsync(again, id)).Verdict);
        }

        Assert.Equal([Verdict.TimeLimitExceeded, Verdict.Accepted, Verdict.WrongAnswer], finals);
        await second.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task WaitUntilAsync(GraderApiFactory api, long id, SubmissionStatus status)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await api.WithDatabaseAsync(db => db.Submissions.Where(s => s.Id == id).Select(s => s.Status).FirstAsync()) == status)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Submission {id} never became {status}.");
    }
}
