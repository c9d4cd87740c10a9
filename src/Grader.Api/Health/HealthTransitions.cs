using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Grader.Api.Health;

/// <summary>
/// Logs each health check's state once when it changes, instead of a line per probe: a supervisor polling readiness
/// every second would otherwise fill the log with errors while the workers warm up, which is no failure. A check that
/// marks its result with <see cref="Starting"/> is logged as information; other unhealthy states as errors (with the
/// exception, if any), degraded ones as warnings, and the way back to healthy as information.
/// </summary>
internal sealed partial class HealthTransitions(ILogger<HealthTransitions> logger)
{
    /// <summary>The data key a check sets (to true) on the Unhealthy result it gives while still starting.</summary>
    public const string Starting = "starting";

    private readonly Dictionary<string, (HealthStatus Status, bool Starting)> last = [];
    private readonly Lock gate = new();

    public void Observe(HealthReport report)
    {
        foreach (var (name, entry) in report.Entries)
        {
            var starting = entry.Data.TryGetValue(Starting, out var flag) && flag is true;
            lock (gate)
            {
                if (last.TryGetValue(name, out var before) && before == (entry.Status, starting))
                {
                    continue;
                }

                last[name] = (entry.Status, starting);
            }

            switch (entry.Status)
            {
                case HealthStatus.Healthy:
                    LogHealthy(logger, name, entry.Description ?? "");
                    break;
                case HealthStatus.Degraded:
                    LogDegraded(logger, name, entry.Description ?? "");
                    break;
                case HealthStatus.Unhealthy when starting:
                    LogStarting(logger, name, entry.Description ?? "");
                    break;
                default:
                    LogUnhealthy(logger, entry.Exception, name, entry.Description ?? "");
                    break;
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Health: {Check} is healthy. {Description}")]
    private static partial void LogHealthy(ILogger logger, string check, string? description);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Health: {Check} is starting. {Description}")]
    private static partial void LogStarting(ILogger logger, string check, string? description);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Health: {Check} is degraded. {Description}")]
    private static partial void LogDegraded(ILogger logger, string check, string? description);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Health: {Check} is unhealthy. {Description}")]
    private static partial void LogUnhealthy(ILogger logger, Exception? exception, string check, string? description);
}
