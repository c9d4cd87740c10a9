using System.Collections.Concurrent;
using System.Diagnostics;

namespace Grader.Api.Tests;

/// <summary>
/// Records the spans of some activity sources in this process while it lives. The service runs in the test's process,
/// so its spans are seen here as an OpenTelemetry exporter would see them; other tests' services run beside it, so a
/// test finds its own by trace id.
/// </summary>
public sealed class Spans : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentQueue<Activity> stopped = new();

    public Spans(params string[] sources)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>The first stopped span that matches, waiting for it (a span ends a moment after the response).</summary>
    public async Task<Activity> StoppedAsync(Func<Activity, bool> match, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            if (stopped.FirstOrDefault(match) is { } span)
            {
                return span;
            }

            Assert.True(DateTime.UtcNow < deadline, $"No {what} within 30 s.");
            await Task.Delay(100);
        }
    }

    public void Dispose() => listener.Dispose();
}
