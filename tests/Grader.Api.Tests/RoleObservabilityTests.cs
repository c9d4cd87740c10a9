using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using System.Text.Json;
using Grader.Exercises.Grading;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests;

/// <summary>An api node and a grader node on one PostgreSQL, as the compose file runs them: readiness, metrics and the trace between them.</summary>
public sealed class RoleObservabilityTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task An_api_node_is_ready_without_workers_and_counts_the_queue_a_grader_node_is_ready_on_its_pool_and_continues_the_trace()
    {
        Dictionary<string, string?> Role(string role) => new()
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Grader"] = postgres.ConnectionString("grader_roles"),
            ["Grading:Role"] = role,
            ["Sandbox:Workers"] = "1",
        };
        using var spans = new Spans("Grader", "Microsoft.AspNetCore");
        await using var api = await GraderApiFactory.StartAsync(settings: Role("Api"));
        var (student, _, _) = await api.NewUserAsync();
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/exercises/cumsum/submissions")
        {
            Content = new StringContent(Submit.HonestCumsum, Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        // No grader runs yet: the submission waits in the queue, and the api node counts it.
        var response = await student.SendAsync(request);
        var submitted = await Submit.ReadAsync(response);
        var apiReady = await ChecksAsync(api);
        var depth = await QueueDepthAsync(api, live => live == 1);
        var apiMetrics = await api.CreateClient().GetAsync("/metrics");

        await using var grader = await GraderApiFactory.StartAsync(settings: Role("Grader"));
        var graded = await Submit.FinalAsync(student, submitted.Id);
        var graderReady = await ChecksAsync(grader);
        var graderMetrics = await Metrics.ScrapeUntilAsync(grader.CreateClient(), text =>
            Metrics.Sum(text, "grader_grading_duration_seconds_count", "exercise=\"cumsum\"") >= 1);
        var grade = await spans.StoppedAsync(s => s.OperationName == "grade" && s.TraceId == traceId, "grade span on the grader node in the api node's trace");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal((1, 0, 0), (depth["live"], depth["retry"], depth["rejudge"]));
        Assert.Equal(HttpStatusCode.OK, apiMetrics.StatusCode);
        Assert.Contains("database", apiReady.Keys);
        Assert.DoesNotContain("sandbox", apiReady.Keys);
        Assert.Equal("Healthy", graderReady["sandbox"]);
        Assert.Equal(Verdict.Accepted, graded.Verdict);
        Assert.True(Metrics.Sum(graderMetrics, "grader_sandbox_worker_starts_total", "cause=\"pool_start\"") >= 1);
        Assert.Equal(submitted.Id, grade.GetTagItem("grader.submission_id"));
        Assert.Equal(1, grade.GetTagItem("grader.attempt"));
    }

    /// <summary>/health/ready's checks and their status.</summary>
    private static async Task<Dictionary<string, string>> ChecksAsync(GraderApiFactory node)
    {
        var response = await node.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("checks").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetProperty("status").GetString()!);
    }

    /// <summary>
    /// grader.queue.depth as this node reports it, once the live count satisfies <paramref name="done"/> (the gauge
    /// reads the database at most every 5 s): a listener on the node's own meter factory, so that the other services
    /// in this process (with their own queues) do not mix in.
    /// </summary>
    private static async Task<Dictionary<string, long>> QueueDepthAsync(GraderApiFactory node, Func<long, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var depth = QueueDepth(node);
            if (depth.TryGetValue("live", out var live) && done(live))
            {
                return depth;
            }

            Assert.True(DateTime.UtcNow < deadline, $"grader.queue.depth stayed at {string.Join(", ", depth)}.");
            await Task.Delay(500);
        }
    }

    private static Dictionary<string, long> QueueDepth(GraderApiFactory node)
    {
        var factory = node.Services.GetRequiredService<IMeterFactory>();
        var depth = new Dictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listening) =>
            {
                if (instrument.Name == "grader.queue.depth" && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    listening.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "priority")
                {
                    depth[(string)tag.Value!] = value;
                }
            }
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return depth;
    }
}
