using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.Grading;
using Grader.Api.Submissions;
using Grader.Exercises.Grading;
using Xunit.Abstractions;

namespace Grader.Api.Tests;

/// <summary>
/// The service split the way a course outgrows one machine: an api node and two grader nodes, separate processes on
/// one PostgreSQL. One grader dies (SIGKILL) half-way through a class's submissions.
/// </summary>
[Collection(ServiceProcessCollection.Name)]
public sealed class ScaleOutTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>
{
    private const int Students = 10;
    private const int PerStudent = 100;
    private const int Total = Students * PerStudent;

    /// <summary>Claims a grader holds at most: Sandbox:Workers (1) × Grading:GradersPerWorker (2 by default).</summary>
    private const int LoopsPerGrader = 2;

    private const string Doomed = "grader-a";
    private const string Survivor = "grader-b";

    private sealed record Snippet(string Code, Verdict Verdict);

    /// <summary>Most students are right; every tenth forgets keepdim, every tenth a semicolon.</summary>
    private static Snippet SnippetFor(int index) => (index % 10) switch
    {
        3 => new(Submit.KeepdimMissing, Verdict.WrongAnswer),
        7 => new(Submit.MissingSemicolon, Verdict.CompilationError),
        _ => new(Submit.HonestCumsum, Verdict.Accepted),
    };

    [Fact]
    public async Task Two_graders_grade_a_thousand_submissions_once_each_and_the_survivor_takes_over_when_one_is_killed_half_way()
    {
        var database = postgres.ConnectionString("grader_scale");
        var queue = new QueueObserver(database);
        var nodes = new List<ServiceProcess>();
        var orphans = new List<int>();
        try
        {
            var api = ServiceProcess.StartNode("api", GradingRole.Api, database);
            nodes.Add(api);
            await api.WaitUntilReadyAsync(); // it created the tables
            await queue.InstallClaimLogAsync();
            var doomed = ServiceProcess.StartNode(Doomed, GradingRole.Grader, database);
            nodes.Add(doomed);
            var survivor = ServiceProcess.StartNode(Survivor, GradingRole.Grader, database);
            nodes.Add(survivor);
            await Task.WhenAll(doomed.WaitUntilReadyAsync(), survivor.WaitUntilReadyAsync());

            using var instructor = api.Client(GraderApiFactory.InstructorToken);
            var students = new List<HttpClient>();
            for (var i = 0; i < Students; i++)
            {
                students.Add(await api.NewStudentAsync($"scale-{i}"));
            }

            // Every student submits at once, without waiting for grades, as a class does before a deadline.
            var expected = new ConcurrentDictionary<long, Snippet>();
            var apiStarted = api.ProcessorTime;
            var clock = Stopwatch.StartNew();
            var submitting = Task.WhenAll(students.Select(async (student, n) =>
            {
                for (var k = 0; k < PerStudent; k++)
                {
                    var snippet = SnippetFor((n * PerStudent) + k);
                    var response = await Submit.TextAsync(student, snippet.Code, wait: 0);
                    // 201 when it was graded before the answer was written (a busy api node), else 202.
                    Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.Created, $"POST answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    expected[(await Submit.ReadAsync(response)).Id] = snippet;
                }
            }));
            var submitted = submitting.ContinueWith(_ => clock.Elapsed, TaskScheduler.Default);

            var (freezes, doomedCpu) = await KillHalfWayHoldingClaimsAsync(doomed, queue, submitting, orphans);
            var killedAt = clock.Elapsed;
            await queue.WaitUntilDisconnectedAsync(Doomed, TimeSpan.FromSeconds(60));
            var goneAt = await queue.NowAsync(); // nothing grader-a sent can commit after this
            var held = await queue.HeldByAsync(Doomed);
            var completedAtKill = await queue.CountAsync("Completed");
            var queuedAtKill = await queue.CountAsync("Queued");
            await PollAsync(() => Task.FromResult(!orphans.Any(ServiceProcess.IsRunning)), null, "grader-a's workers to end with their sockets");

            await submitting;
            await PollAsync(async () => await queue.CountAsync("Completed") == Total, null, "every submission graded", TimeSpan.FromMinutes(10));
            var doneAt = clock.Elapsed;

            var graded = await ListAllAsync(instructor);
            var attempts = await queue.AttemptsAsync();
            var changes = await queue.ChangesAsync();
            var completions = changes.Where(c => c.Status == "Completed").ToList();
            var before = completions.Where(c => c.At <= goneAt).GroupBy(c => c.Node).ToDictionary(g => g.Key, g => g.Count());
            var retaken = changes.Where(c => held.Contains(c.SubmissionId) && c.Attempts == 2 && c.Status == "Running").Select(c => c.At).ToList();
            output.WriteLine($"Submitted {Total} from {Students} students in {(await submitted).TotalSeconds:F1} s ({Total / (await submitted).TotalSeconds:F1}/s).");
            output.WriteLine($"Killed {Doomed} at {killedAt.TotalSeconds:F1} s with {completedAtKill} graded ({completedAtKill / killedAt.TotalSeconds:F1}/s with two graders) " +
                $"and {queuedAtKill} queued: {Doomed} had graded {before.GetValueOrDefault(Doomed)}, {Survivor} {before.GetValueOrDefault(Survivor)}.");
            output.WriteLine($"{Doomed} held {held.Count} claim(s) ({string.Join(", ", held)}; frozen {freezes} time(s) to catch it holding some); {Survivor} re-claimed them " +
                $"{string.Join(", ", retaken.Select(at => $"{(at - goneAt).TotalSeconds:F1} s"))} after the kill (lease {ServiceProcess.TestLeaseSeconds} s).");
            output.WriteLine($"All {Total} graded {doneAt.TotalSeconds:F1} s after the first submission ({Total / doneAt.TotalSeconds:F1}/s overall); " +
                $"the survivor graded the last {Total - completedAtKill} in {(doneAt - killedAt).TotalSeconds:F1} s.");
            var apiWork = api.ProcessorTime - apiStarted;
            output.WriteLine($"Processor time (workers not included): api {apiWork.TotalSeconds:F1} s for the submissions and the final listing ({apiWork.TotalMilliseconds / Total:F1} ms a submission; " +
                $"{apiStarted.TotalSeconds:F1} s to start), {Doomed} {doomedCpu.TotalSeconds:F1} s until killed, {Survivor} {survivor.ProcessorTime.TotalSeconds:F1} s.");
            foreach (var node in nodes)
            {
                output.WriteLine(node.Log(lastLines: 20, warningsOnly: true));
            }

            // Every submission ends with the verdict its code deserves, read through the API as a TA would.
            Assert.Equal(Total, expected.Count);
            Assert.Equal(expected.Keys.Order(), graded.Keys.Order());
            var wrong = expected.Where(e => graded[e.Key].Status != SubmissionStatus.Completed || graded[e.Key].Verdict != e.Value.Verdict || (e.Value.Verdict == Verdict.Accepted && graded[e.Key].Score != 5)).ToList();
            Assert.True(wrong.Count == 0, $"{wrong.Count} submissions got a verdict their code does not deserve, e.g. " +
                string.Join("; ", wrong.Take(5).Select(w => $"{w.Key}: expected {w.Value.Verdict}, got {graded[w.Key].Status} {graded[w.Key].Verdict} {graded[w.Key].Score}")));

            // Each was claimed once, except what the killed grader held: claimed again once its lease ran out.
            var claimedAgain = attempts.Where(a => a.Value > 1 && !held.Contains(a.Key)).Select(a => a.Key).ToList();
            Assert.True(claimedAgain.Count == 0, $"Claimed more than once though {Doomed} did not hold them when it died: " +
                string.Join("; ", claimedAgain.Take(5).Select(id => string.Join(", ", changes.Where(c => c.SubmissionId == id).Select(c => $"{c.At:HH:mm:ss.fff} {c.Node} {c.Status} claim {c.Attempts}")))));
            Assert.InRange(held.Count, 1, LoopsPerGrader);
            Assert.All(held, id => Assert.Equal(2, attempts[id]));
            Assert.Equal(Total, completions.Count);
            Assert.Equal(Total, completions.Select(c => c.SubmissionId).Distinct().Count());
            Assert.All(completions, c => Assert.Equal(attempts[c.SubmissionId], c.Attempts));

            // Both graded a share before the kill; the survivor graded everything after it, the dead one's claims too.
            Assert.True(before.GetValueOrDefault(Doomed) > 0 && before.GetValueOrDefault(Survivor) > 0, $"Graded before the kill: {string.Join(", ", before)}");
            Assert.All(completions.Where(c => c.At > goneAt), c => Assert.Equal(Survivor, c.Node));
            Assert.All(held, id => Assert.Equal(Survivor, completions.Single(c => c.SubmissionId == id).Node));
            Assert.False(survivor.HasExited || api.HasExited, "A node that was not killed ended.");
        }
        catch
        {
            foreach (var node in nodes)
            {
                output.WriteLine(node.Log());
            }

            throw;
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            EndOrphans(orphans);
        }
    }

    /// <summary>
    /// Kills the grader once half the submissions are graded, at a moment it holds claims: a claim lasts milliseconds,
    /// so the grader is frozen first (SIGSTOP) and, once the statements it had sent have finished, its claims are
    /// looked at; if it held none it thaws and the test waits for another claim. Returns the freezes it took and the
    /// processor time it had used.
    /// </summary>
    private static async Task<(int Freezes, TimeSpan ProcessorTime)> KillHalfWayHoldingClaimsAsync(ServiceProcess doomed, QueueObserver queue, Task submitting, List<int> orphans)
    {
        for (var freezes = 1; ; freezes++)
        {
            await PollAsync(async () => await queue.CountAsync("Completed") >= Total / 2 && (await queue.HeldByAsync(doomed.Name)).Count > 0, submitting, $"half graded, {doomed.Name} holding a claim", TimeSpan.FromMinutes(10));
            await doomed.SignalAsync("STOP");
            await queue.WaitUntilIdleAsync(doomed.Name, TimeSpan.FromSeconds(30));
            if ((await queue.HeldByAsync(doomed.Name)).Count > 0)
            {
                orphans.AddRange(doomed.Descendants());
                var used = doomed.ProcessorTime;
                await doomed.KillAsync();
                return (freezes, used);
            }

            Assert.True(freezes < 50, $"{doomed.Name} held no claim in any of 50 freezes.");
            await doomed.SignalAsync("CONT");
        }
    }

    private static async Task<Dictionary<long, SubmissionSummary>> ListAllAsync(HttpClient staff)
    {
        var all = new Dictionary<long, SubmissionSummary>();
        for (var page = 1; ; page++)
        {
            var list = (await staff.GetFromJsonAsync<SubmissionPage>($"/submissions?page={page}&pageSize=100", Json.Options))!;
            foreach (var item in list.Items)
            {
                all.Add(item.Id, item);
            }

            if (all.Count >= list.TotalCount || list.Items.Count == 0)
            {
                return all;
            }
        }
    }

    /// <summary>Polls until the condition holds; fails at the deadline, or at once if the background work failed.</summary>
    private static async Task PollAsync(Func<Task<bool>> condition, Task? background, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromMinutes(3));
        while (!await condition())
        {
            if (background is { IsFaulted: true })
            {
                await background;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(50);
        }
    }

    /// <summary>Kills what a killed grader left behind, should its workers have outlived it (the test fails then).</summary>
    private static void EndOrphans(IEnumerable<int> pids)
    {
        foreach (var pid in pids)
        {
            try
            {
                var command = File.ReadAllText($"/proc/{pid}/cmdline");
                if (command.Contains("Grader.Sandbox.Worker", StringComparison.Ordinal) || command.Contains("bwrap", StringComparison.Ordinal))
                {
                    using var orphan = Process.GetProcessById(pid);
                    orphan.Kill();
                }
            }
            catch (Exception error) when (error is IOException or ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }
    }
}
