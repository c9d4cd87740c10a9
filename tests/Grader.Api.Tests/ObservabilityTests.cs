using System.Diagnostics;
using System.Net;
using System.Text;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests;

/// <summary>
/// /metrics as Prometheus reads it, and the trace a submission leaves from the request to the grader. Other tests'
/// services run in this process too and meters are process-wide, so counts are compared before and after, never to
/// an absolute number.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ObservabilityTests(SharedApi api)
{
    [Fact]
    public async Task Metrics_need_no_token_and_give_the_queue_depth_of_every_priority_in_prometheus_text()
    {
        var response = await api.CreateClient().GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE grader_queue_depth gauge", text);
        Assert.Single(Metrics.Samples(text, "grader_queue_depth", "priority=\"live\""));
        Assert.Single(Metrics.Samples(text, "grader_queue_depth", "priority=\"retry\""));
        Assert.Single(Metrics.Samples(text, "grader_queue_depth", "priority=\"rejudge\""));
    }

    [Fact]
    public async Task A_graded_submission_shows_in_the_grading_time_by_exercise_and_verdict_the_queue_wait_and_the_reference_lookups()
    {
        var (student, _, _) = await api.NewUserAsync();
        var scraper = api.CreateClient();
        var before = await scraper.GetStringAsync("/metrics");

        var graded = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var after = await Metrics.ScrapeUntilAsync(scraper, text =>
            Metrics.Sum(text, "grader_grading_duration_seconds_count", "exercise=\"cumsum\"", "verdict=\"accepted\"")
            > Metrics.Sum(before, "grader_grading_duration_seconds_count", "exercise=\"cumsum\"", "verdict=\"accepted\""));

        Assert.Equal(Verdict.Accepted, graded.Verdict);
        Assert.Contains("# TYPE grader_grading_duration_seconds histogram", after);
        Assert.NotEmpty(Metrics.Samples(after, "grader_grading_duration_seconds_bucket", "exercise=\"cumsum\"", "verdict=\"accepted\"", "le=\"0.5\""));
        Assert.True(Metrics.Sum(after, "grader_queue_wait_seconds_count") > Metrics.Sum(before, "grader_queue_wait_seconds_count"));
        Assert.True(Metrics.Sum(after, "grader_reference_lookups_total") >= 1);
        Assert.True(Metrics.Sum(after, "grader_sandbox_worker_starts_total", "cause=\"pool_start\"") >= 2, "the shared service started two workers");
        Assert.NotEmpty(Metrics.Samples(after, "http_server_request_duration_seconds_count"));
    }

    [Fact]
    public async Task A_submission_keeps_its_requests_traceparent_and_the_grade_span_continues_that_trace()
    {
        using var spans = new Spans("Grader", "Microsoft.AspNetCore");
        var (student, _, _) = await api.NewUserAsync();
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/exercises/cumsum/submissions?wait=10")
        {
            Content = new StringContent(Submit.HonestCumsum, Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        var submitted = await Submit.ReadAsync(await student.SendAsync(request));
        await Submit.FinalAsync(student, submitted.Id);
        var stored = await api.WithDatabaseAsync(db => db.Submissions.Where(s => s.Id == submitted.Id).Select(s => s.TraceParent).SingleAsync());
        var handled = await spans.StoppedAsync(s => s.Source.Name == "Microsoft.AspNetCore" && s.TraceId == traceId, "request span in the test's trace");
        var grade = await spans.StoppedAsync(s => s.OperationName == "grade" && s.TraceId == traceId, "grade span in the submitting request's trace");

        Assert.Equal($"00-{traceId}-{handled.SpanId}-01", stored);
        Assert.Equal(submitted.Id, handled.GetTagItem("grader.submission_id"));
        Assert.Equal(submitted.Id, grade.GetTagItem("grader.submission_id"));
        Assert.Equal(handled.SpanId, grade.ParentSpanId);
        Assert.Equal(ActivityKind.Consumer, grade.Kind);
        Assert.Equal("cumsum", grade.GetTagItem("grader.exercise"));
        Assert.Equal("Accepted", grade.GetTagItem("grader.verdict"));
    }

    [Fact]
    public async Task A_rejudge_grades_in_a_trace_of_its_own_linked_to_the_submissions_not_inside_the_long_ended_request()
    {
        using var spans = new Spans("Grader", "Microsoft.AspNetCore");
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submitTrace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/exercises/cumsum/submissions?wait=10")
        {
            Content = new StringContent(Submit.HonestCumsum, Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("traceparent", $"00-{submitTrace}-{ActivitySpanId.CreateRandom()}-01");
        var submitted = await Submit.FinalAsync(student, (await Submit.ReadAsync(await student.SendAsync(request))).Id);

        var rejudge = await RejudgeCalls.CreateAsync(ta, new { exerciseId = "cumsum", submissionIds = new[] { submitted.Id }, reason = "Trace check." });
        await RejudgeCalls.DoneAsync(ta, rejudge.Id);
        var span = await spans.StoppedAsync(
            s => s.OperationName == "rejudge" && Equals(s.GetTagItem("grader.submission_id"), submitted.Id), "rejudge span of the submission");

        Assert.NotEqual(submitTrace, span.TraceId);
        Assert.Contains(span.Links, link => link.Context.TraceId == submitTrace);
        Assert.NotNull(span.GetTagItem("grader.rejudge_item_id"));
    }
}

/// <summary>Counting what is refused needs a service of its own, with a tight rate limit.</summary>
public sealed class RefusedSubmissionMetricsTests
{
    [Fact]
    public async Task A_submission_over_the_rate_limit_is_counted_as_refused_with_status_429()
    {
        await using var api = await GraderApiFactory.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Sandbox:Workers"] = "1",
            ["RateLimit:SubmissionBurst"] = "1",
            ["RateLimit:SubmissionsPerMinute"] = "1",
        });
        var (student, _, _) = await api.NewUserAsync();
        var scraper = api.CreateClient();
        var before = Metrics.Sum(await scraper.GetStringAsync("/metrics"), "grader_submissions_refused_total", "status=\"429\"");

        await Submit.TextAsync(student, Submit.HonestCumsum, wait: 0);
        var refused = await Submit.TextAsync(student, Submit.HonestCumsum, wait: 0);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        await Metrics.ScrapeUntilAsync(scraper, text => Metrics.Sum(text, "grader_submissions_refused_total", "status=\"429\"") >= before + 1);
    }
}
