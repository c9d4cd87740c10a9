using Grader.Api.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Grader.Api.Grading;

/// <summary>
/// Wake-ups between processes on PostgreSQL: "there is work" (sent in the transaction that queues a submission, so it
/// arrives when the submission is visible) and "submission N is final". Every process listens on one connection of
/// its own and turns them into <see cref="SubmissionSignals"/>; graders and waiters still look at the database now and
/// then, so a notification lost while the listener reconnects only costs latency. On SQLite (one process) the
/// in-process signals are all there is, and sending is a no-op.
/// </summary>
internal sealed partial class QueueNotifications(
    IServiceScopeFactory scopes,
    SubmissionSignals signals,
    ILogger<QueueNotifications> logger) : BackgroundService
{
    private const string WorkChannel = "grader_work";
    private const string DoneChannel = "grader_done";

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(250);

    private TimeSpan pause = FirstPause;

    public static async Task SendWorkAsync(GraderDb db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({WorkChannel}, '')", cancellationToken);
        }
    }

    public static async Task SendCompletedAsync(GraderDb db, long submissionId)
    {
        if (db.Database.IsNpgsql())
        {
            var payload = submissionId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({DoneChannel}, {payload})", CancellationToken.None);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? connectionString;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
            if (!db.Database.IsNpgsql())
            {
                return;
            }

            connectionString = db.Database.GetConnectionString();
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString!, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                LogListenerLost(logger, error, pause.TotalSeconds);
                await Task.Delay(pause, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        connection.Notification += (_, notification) => Deliver(notification.Channel, notification.Payload);
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {WorkChannel}; LISTEN {DoneChannel};", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        LogListening(logger);
        pause = FirstPause;
        // Anything queued while this process was not listening is found by the next look, not missed.
        signals.WorkQueued();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private void Deliver(string channel, string payload)
    {
        if (channel == WorkChannel)
        {
            signals.WorkQueued();
        }
        else if (channel == DoneChannel && long.TryParse(payload, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            signals.Completed(id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for queue notifications.")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the queue notifications' connection; reconnecting in {Seconds} s (graders and waiters poll meanwhile).")]
    private static partial void LogListenerLost(ILogger logger, Exception error, double seconds);
}
