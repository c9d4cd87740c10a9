using Grader.Exercises.Catalog;
using Grader.Sandbox;
using Microsoft.Extensions.Options;

namespace Grader.Api.Grading;

/// <summary>Starts the worker pool with the service and stops it with the service.</summary>
internal sealed partial class SandboxHost(
    ExerciseCatalog catalog,
    IOptions<SandboxOptions> options,
    IHostEnvironment environment,
    ILogger<SandboxPool> logger) : IHostedService, IAsyncDisposable
{
    private readonly TaskCompletionSource<SandboxPool> started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The pool, once started (null before).</summary>
    public SandboxPool? Pool { get; private set; }

    /// <summary>Completes when the pool has started.</summary>
    public Task<SandboxPool> Started => started.Task;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.UseBubblewrap && environment.IsDevelopment() && !OnPath("bwrap"))
        {
            // A developer's first `dotnet run` works without root; production (any other environment) fails closed.
            settings.UseBubblewrap = false;
            LogNoBubblewrap(logger);
        }

        try
        {
            Pool = await SandboxPool.StartAsync(catalog, settings, logger, cancellationToken);
            started.TrySetResult(Pool);
        }
        catch (Exception error)
        {
            started.TrySetException(error);
            throw;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        started.TrySetCanceled(cancellationToken);
        await DisposeAsync();
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development: bubblewrap is not installed, so workers run WITHOUT it (no filesystem or network isolation). Install it with 'sudo apt-get install bubblewrap'; outside Development the service refuses to start without it.")]
    private static partial void LogNoBubblewrap(ILogger logger);

    public async ValueTask DisposeAsync()
    {
        if (Pool is { } pool)
        {
            Pool = null;
            await pool.DisposeAsync();
        }
    }
}
