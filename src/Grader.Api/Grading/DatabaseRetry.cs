using Grader.Api.Data;

namespace Grader.Api.Grading;

/// <summary>
/// Runs a grader's database step (claim, store a grade, give a submission back) again while the database is
/// unavailable, with pauses growing to <see cref="LongestPause"/>, until it succeeds or the service stops. A grade in
/// hand thus waits in memory for the database instead of being lost or costing the submission an attempt; if the
/// service stops first, the claim's lease runs out and another grader grades it again.
/// <para>
/// Each step is one conditional statement (only the current claim may finish or release a submission), so running
/// it again after a failure whose outcome is unknown is harmless. EF Core's retrying execution strategy is not used:
/// it would hold HTTP requests for half a minute during an outage instead of answering 503 at once, SQLite has none,
/// and the queue's explicit transaction would have to be wrapped in it.
/// </para>
/// <para>One instance is shared by a dispatcher's graders, so an outage is logged once, not once per grader.</para>
/// </summary>
internal sealed partial class DatabaseRetry(ILogger logger, TimeProvider clock)
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(2);

    private readonly Lock gate = new();
    private long? outageStarted;

    /// <summary>Runs <paramref name="step"/> until it succeeds; rethrows anything that is not an unavailable database, and stops with the service.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> step, CancellationToken stoppingToken)
    {
        var pause = FirstPause;
        while (true)
        {
            try
            {
                var result = await step();
                Recovered();
                return result;
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested && TransientDatabaseErrors.Find(error) is { } unavailable)
            {
                Failed(unavailable);
            }

            // Jitter, so that the graders of every replica do not knock at once.
            await Task.Delay(pause * (0.5 + Random.Shared.NextDouble()), clock, stoppingToken);
            pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
        }
    }

    public Task RunAsync(Func<Task> step, CancellationToken stoppingToken) =>
        RunAsync(async () => { await step(); return true; }, stoppingToken);

    private void Failed(Exception unavailable)
    {
        lock (gate)
        {
            if (outageStarted is not null)
            {
                return;
            }

            outageStarted = clock.GetTimestamp();
        }

        LogUnavailable(logger, TransientDatabaseErrors.Describe(unavailable), unavailable);
    }

    private void Recovered()
    {
        long started;
        lock (gate)
        {
            if (outageStarted is not { } value)
            {
                return;
            }

            started = value;
            outageStarted = null;
        }

        LogRecovered(logger, clock.GetElapsedTime(started).TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is unavailable ({Reason}); graders keep their work and retry until it is back.")]
    private static partial void LogUnavailable(ILogger logger, string reason, Exception error);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database is back after {Seconds:0.0} s; graders carry on.")]
    private static partial void LogRecovered(ILogger logger, double seconds);
}
