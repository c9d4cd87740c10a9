using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Grader.Api.Data;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Grader.Api.Tests;

/// <summary>
/// PostgreSQL stopped (fast shutdown) in the middle of a class's submissions and started again: the service answers
/// 503 with Retry-After while it is away, readiness says so and liveness does not, and it recovers by itself with
/// nothing accepted lost and no grade turned into internal_error.
/// </summary>
public sealed class PostgresOutageTests(PostgresServer postgres, ITestOutputHelper output) : IClassFixture<PostgresServer>
{
    private enum Phase
    {
        Before,
        Down,
        Back,
    }

    private sealed record Answer(Phase Phase, HttpStatusCode Status, long? Id, TimeSpan At, HttpResponseMessage Response);

    private sealed record Probe(Phase Phase, HttpStatusCode Ready, HttpStatusCode Live, string Database, string Body, TimeSpan At);

    [Fact]
    public async Task While_postgresql_is_down_every_refusal_is_a_503_readiness_fails_liveness_holds_and_every_accepted_submission_is_graded()
    {
        await using var api = new LoggedApiFactory(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Grader"] = postgres.ConnectionString("grader_outage"),
            ["Sandbox:Workers"] = "2",
            // A claim whose answer the stop cut off is taken over after this, within the test's patience.
            ["Grading:LeaseSeconds"] = "10",
        });
        await api.InitializeAsync();
        var clients = new List<HttpClient>();
        for (var i = 0; i < 4; i++)
        {
            clients.Add((await api.NewUserAsync()).Client);
        }

        var phase = Phase.Before;
        var clock = Stopwatch.StartNew();
        var answers = new ConcurrentQueue<Answer>();
        var probes = new ConcurrentQueue<Probe>();
        using var stop = new CancellationTokenSource();

        async Task SubmitLoopAsync(HttpClient client, int wait)
        {
            while (!stop.IsCancellationRequested)
            {
                var sentIn = phase;
                var response = await Submit.TextAsync(client, Submit.HonestCumsum, wait: wait);
                long? id = response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Accepted ? (await Submit.ReadAsync(response)).Id : null;
                answers.Enqueue(new Answer(sentIn, response.StatusCode, id, clock.Elapsed, response));
                // Sooner than Retry-After asks: the test wants to see every moment of the outage.
                await Task.Delay(response.StatusCode == HttpStatusCode.ServiceUnavailable ? 300 : 150);
            }
        }

        async Task ProbeLoopAsync()
        {
            var anonymous = api.CreateClient();
            while (!stop.IsCancellationRequested)
            {
                var sentIn = phase;
                var ready = await anonymous.GetAsync("/health/ready");
                var live = await anonymous.GetAsync("/health/live");
                var body = await ready.Content.ReadAsStringAsync();
                var database = JsonDocument.Parse(body).RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString()!;
                probes.Enqueue(new Probe(sentIn, ready.StatusCode, live.StatusCode, database, body, clock.Elapsed));
                await Task.Delay(250);
            }
        }

        var load = clients.Select((client, i) => SubmitLoopAsync(client, wait: i == 0 ? 2 : 0)).Append(ProbeLoopAsync()).ToList();
        // The class submits for a few seconds first; on a machine busy with other tests a fresh service's first answers
        // can take longer than that, so the stop also waits for the first accepted submission.
        await Task.Delay(TimeSpan.FromSeconds(3));
        for (var patience = Stopwatch.StartNew(); !answers.Any(a => a.Id is not null) && patience.Elapsed < TimeSpan.FromSeconds(60);)
        {
            await Task.Delay(100);
        }

        await postgres.StopAsync();
        var stoppedAt = clock.Elapsed;
        phase = Phase.Down;
        await Task.Delay(TimeSpan.FromSeconds(5));
        await postgres.StartAsync();
        var startedAt = clock.Elapsed;
        phase = Phase.Back;
        for (var deadline = startedAt + TimeSpan.FromSeconds(60); clock.Elapsed < deadline;)
        {
            if (answers.Count(a => a.Phase == Phase.Back && a.Id is not null) >= 20 && probes.Any(p => p.Phase == Phase.Back && p.Ready == HttpStatusCode.OK))
            {
                break;
            }

            await Task.Delay(200);
        }

        await stop.CancelAsync();
        await Task.WhenAll(load);

        // Every submission the clients were told was accepted is graded, and so is everything else stored.
        var instructor = api.Instructor();
        var accepted = answers.Where(a => a.Id is not null).ToList();
        var verdicts = new List<Verdict?>();
        foreach (var answer in accepted)
        {
            verdicts.Add((await Submit.FinalAsync(instructor, answer.Id!.Value, TimeSpan.FromSeconds(120))).Verdict);
        }

        var gradedAt = clock.Elapsed;
        var stored = await api.WithDatabaseAsync(db => db.Submissions.GroupBy(s => new { s.Status, s.Verdict, s.Attempts })
            .Select(g => new { g.Key.Status, g.Key.Verdict, g.Key.Attempts, Count = g.Count() }).ToListAsync());

        var refusals = answers.Where(a => a.Status == HttpStatusCode.ServiceUnavailable).ToList();
        var firstBack = accepted.Where(a => a.Phase == Phase.Back).Min(a => a.At);
        var readyAgain = probes.Where(p => p.Phase == Phase.Back && p.Ready == HttpStatusCode.OK).Min(p => p.At);
        output.WriteLine($"answers: {answers.Count}; accepted before/during/after: {accepted.Count(a => a.Phase == Phase.Before)}/{accepted.Count(a => a.Phase == Phase.Down)}/{accepted.Count(a => a.Phase == Phase.Back)}");
        output.WriteLine($"503s: {refusals.Count} (sent before the stop: {refusals.Count(a => a.Phase == Phase.Before)}, while down: {refusals.Count(a => a.Phase == Phase.Down)}, after the start: {refusals.Count(a => a.Phase == Phase.Back)})");
        output.WriteLine($"database stopped at {stoppedAt.TotalSeconds:0.00} s, started at {startedAt.TotalSeconds:0.00} s; first 503 at {refusals.Min(a => a.At).TotalSeconds:0.00} s, last at {refusals.Max(a => a.At).TotalSeconds:0.00} s");
        output.WriteLine($"after the start: first accepted submission in {(firstBack - startedAt).TotalSeconds:0.00} s, ready again in {(readyAgain - startedAt).TotalSeconds:0.00} s; all {accepted.Count} graded {(gradedAt - startedAt).TotalSeconds:0.0} s after the start");
        output.WriteLine($"readiness while down: {string.Join(", ", probes.Where(p => p.Phase == Phase.Down).GroupBy(p => (p.Ready, p.Database)).Select(g => $"{g.Key} x{g.Count()}"))}");
        output.WriteLine($"stored: {string.Join(", ", stored.Select(s => $"{s.Status}/{s.Verdict} after {s.Attempts} claim(s) x{s.Count}"))}");
        foreach (var line in api.Logs.Lines.Where(l => l.Category.EndsWith("GradingDispatcher", StringComparison.Ordinal) || l.Category.EndsWith("HealthTransitions", StringComparison.Ordinal)))
        {
            output.WriteLine($"log: {line.Level} {line.Category}: {line.Message}");
        }

        foreach (var line in api.Logs.Lines.Where(l => l.Message.Contains("answered 500", StringComparison.Ordinal)))
        {
            output.WriteLine($"log: {line.Message} {line.Exception}");
        }

        output.WriteLine($"log: {api.Logs.Lines.Count(l => l.Category.EndsWith("UnavailableHandler", StringComparison.Ordinal))} warnings of 503s; "
            + $"{api.Logs.Lines.Count(l => l.Level >= Microsoft.Extensions.Logging.LogLevel.Error && l.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))} errors from EF Core");

        Assert.All(answers, a => Assert.True(
            a.Status is HttpStatusCode.Created or HttpStatusCode.Accepted or HttpStatusCode.ServiceUnavailable, $"{a.Status} at {a.At}: {a.Response.Content.ReadAsStringAsync().Result}"));
        Assert.NotEmpty(refusals);
        foreach (var refusal in refusals)
        {
            await SqliteOutageTests.AssertDatabaseUnavailableAsync(refusal.Response);
            // The port as a number of its own (the trace id's hex digits may contain the same digits by chance).
            Assert.DoesNotMatch($"(?<![0-9a-fA-F]){postgres.Port}(?![0-9a-fA-F])", await refusal.Response.Content.ReadAsStringAsync());
        }

        Assert.Contains(accepted, a => a.Phase == Phase.Before);
        Assert.Contains(accepted, a => a.Phase == Phase.Back);
        Assert.All(verdicts, v => Assert.Equal(Verdict.Accepted, v));
        Assert.All(stored, s => Assert.Equal((SubmissionStatus.Completed, Verdict.Accepted), (s.Status, s.Verdict!.Value)));
        Assert.All(probes, p => Assert.Equal(HttpStatusCode.OK, p.Live));
        Assert.Contains(probes, p => p.Phase == Phase.Down && p.Ready == HttpStatusCode.ServiceUnavailable && p.Database == "Unhealthy");
        Assert.All(probes, p => Assert.DoesNotContain("127.0.0.1", p.Body, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, probes.Last().Ready);
        Assert.DoesNotContain(api.Logs.Lines, l => l.Message.Contains("answered 500", StringComparison.Ordinal));
    }
}
