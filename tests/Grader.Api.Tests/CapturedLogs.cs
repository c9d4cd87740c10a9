using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Grader.Api.Tests;

/// <summary>Keeps the service's log lines in memory, so a test can check what was logged and how.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<Line> lines = new();

    public IReadOnlyList<Line> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    public sealed record Line(string Category, LogLevel Level, string Message, Exception? Exception);

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs.lines.Enqueue(new Line(category, logLevel, formatter(state, exception), exception));
            }
        }
    }
}
