using System.Diagnostics.Metrics;
using Grader.Api.Data;
using Grader.Api.Grading;

namespace Grader.Api.Observability;

/// <summary>
/// <c>grader.queue.depth</c>: queued submissions by priority (live, retry, rejudge), read from the database, since the
/// queue is the submissions table that every node shares. One grouped count on the claim's index, at most every
/// <see cref="FreshFor"/> however often /metrics is scraped; every node reports the same numbers.
/// </summary>
internal sealed partial class QueueDepthGauge
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly ILogger<QueueDepthGauge> logger;
    private readonly Lock gate = new();
    private Measurement<long>[] last = [];
    private long? readAt;

    public QueueDepthGauge(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock, ILogger<QueueDepthGauge> logger)
    {
        this.scopes = scopes;
        this.clock = clock;
        this.logger = logger;
        meters.Create(GradingMetrics.MeterName).CreateObservableGauge(
            "grader.queue.depth", Observe, "{submission}", "Submissions waiting for a grader, by priority (live, retry, rejudge).");
    }

    private IEnumerable<Measurement<long>> Observe()
    {
        lock (gate)
        {
            if (readAt is not { } at || clock.GetElapsedTime(at) >= FreshFor)
            {
                last = Read();
                readAt = clock.GetTimestamp();
            }

            return last;
        }
    }

    /// <summary>The counts now; none when the database cannot say (a gap in the series, rather than a made-up zero).</summary>
    private Measurement<long>[] Read()
    {
        try
        {
            // Observable instruments are read synchronously, during a scrape: one short query.
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
            var counts = db.Submissions
                .Where(s => s.Status == SubmissionStatus.Queued)
                .GroupBy(s => s.Priority)
                .Select(g => new { Priority = g.Key, Count = g.LongCount() })
                .ToDictionary(g => g.Priority, g => g.Count);
            // Rejudges wait in a table of their own, behind every submission.
            counts[QueuePriority.Rejudge] = counts.GetValueOrDefault(QueuePriority.Rejudge)
                + db.RejudgeItems.LongCount(i => i.Status == RejudgeItemStatus.Queued);
            return [.. Enum.GetValues<QueuePriority>().Select(priority => new Measurement<long>(
                counts.GetValueOrDefault(priority), new KeyValuePair<string, object?>("priority", priority.ToString().ToLowerInvariant())))];
        }
        catch (Exception error)
        {
            LogReadFailed(logger, error);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not count the queued submissions for grader.queue.depth; the gauge is left out until the next try.")]
    private static partial void LogReadFailed(ILogger logger, Exception error);
}
