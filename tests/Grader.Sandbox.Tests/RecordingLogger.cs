using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Grader.Sandbox.Tests;

/// <summary>Keeps what a pool logs, so a test can read why a worker was retired.</summary>
public sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    /// <summary>The reasons given for retiring workers.</summary>
    public IReadOnlyList<string> Retirements => [.. lines.Where(l => l.StartsWith("Retiring worker", StringComparison.Ordinal))];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        lines.Enqueue(formatter(state, exception));
}
