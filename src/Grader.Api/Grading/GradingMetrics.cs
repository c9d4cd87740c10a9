using System.Diagnostics.Metrics;

namespace Grader.Api.Grading;

/// <summary>
/// The service's own metrics (meter <see cref="MeterName"/>), exported at /metrics with the framework's: what the
/// queue holds, how long grading takes, what the reference cache serves, and what was refused.
/// </summary>
internal sealed class GradingMetrics
{
    public const string MeterName = "Grader";

    private readonly Counter<long> referenceLookups;
    private readonly Histogram<double> queueSeconds;
    private readonly Histogram<double> gradingSeconds;
    private readonly Counter<long> refused;

    public GradingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        referenceLookups = meter.CreateCounter<long>("grader.reference.lookups", description: "Reference results served, by where they came from (memory, database, run).");
        queueSeconds = meter.CreateHistogram("grader.queue.wait", "s", "From submission until a grader claimed it.", advice: Seconds);
        gradingSeconds = meter.CreateHistogram("grader.grading.duration", "s", "From claim until the grade was stored, by exercise and verdict.", advice: Seconds);
        refused = meter.CreateCounter<long>("grader.submissions.refused", description: "Submissions refused, by HTTP status (429, 503).");
    }

    /// <summary>Buckets from a few milliseconds (a warm grade) to minutes (a long queue); the default ones are for milliseconds.</summary>
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    };

    public void ReferenceLookup(string source) => referenceLookups.Add(1, new KeyValuePair<string, object?>("source", source));

    public void Queued(TimeSpan waited) => queueSeconds.Record(waited.TotalSeconds);

    public void Graded(string exercise, string verdict, TimeSpan took) =>
        gradingSeconds.Record(took.TotalSeconds, new("exercise", exercise), new("verdict", verdict));

    public void Refused(int status) => refused.Add(1, new KeyValuePair<string, object?>("status", status));
}
