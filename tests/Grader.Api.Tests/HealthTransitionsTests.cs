using Grader.Api.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Grader.Api.Tests;

/// <summary>Readiness probes arrive every second or so: the log gets a line when a check's state changes, not per probe.</summary>
public sealed class HealthTransitionsTests
{
    private static HealthReport Report(HealthStatus status, string description, bool starting = false) => new(
        new Dictionary<string, HealthReportEntry>
        {
            ["sandbox"] = new(
                status,
                description,
                TimeSpan.Zero,
                null,
                starting ? new Dictionary<string, object> { [HealthTransitions.Starting] = true } : new Dictionary<string, object>()),
        },
        TimeSpan.Zero);

    [Fact]
    public void A_starting_sandbox_is_logged_once_as_information_then_once_more_when_ready()
    {
        var logger = new ListLogger<HealthTransitions>();
        var transitions = new HealthTransitions(logger);

        for (var probe = 0; probe < 10; probe++)
        {
            transitions.Observe(Report(HealthStatus.Unhealthy, "Starting: warming up.", starting: true));
        }

        for (var probe = 0; probe < 10; probe++)
        {
            transitions.Observe(Report(HealthStatus.Healthy, "2 worker(s) idle."));
        }

        Assert.Equal(
            [(LogLevel.Information, "Health: sandbox is starting. Starting: warming up."), (LogLevel.Information, "Health: sandbox is healthy. 2 worker(s) idle.")],
            logger.Entries);
    }

    [Fact]
    public void A_real_failure_is_an_error_once_and_its_recovery_is_logged()
    {
        var logger = new ListLogger<HealthTransitions>();
        var transitions = new HealthTransitions(logger);

        transitions.Observe(Report(HealthStatus.Healthy, "ok"));
        transitions.Observe(Report(HealthStatus.Unhealthy, "No worker process is running."));
        transitions.Observe(Report(HealthStatus.Unhealthy, "No worker process is running."));
        transitions.Observe(Report(HealthStatus.Degraded, "A layer is missing."));
        transitions.Observe(Report(HealthStatus.Healthy, "ok"));

        Assert.Equal(
            [LogLevel.Information, LogLevel.Error, LogLevel.Warning, LogLevel.Information],
            logger.Entries.Select(e => e.Level));
    }

    private sealed class ListLogger<T> : ILogger<T>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
