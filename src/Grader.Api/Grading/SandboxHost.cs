using System.Diagnostics.Metrics;
using Grader.Exercises.Catalog;
using Grader.Exercises.Running;
using Grader.Sandbox;
using Microsoft.Extensions.Options;

namespace Grader.Api.Grading;

/// <summary>
/// Starts the worker pool in the background, so that the service answers (liveness, and readiness saying "starting")
/// while the catalog loads and the workers warm up; stops it with the service. A pool that cannot start stops the
/// service: grading without the sandbox is never an option.
/// </summary>
internal sealed partial class SandboxHost(
    IServiceProvider services,
    IOptions<SandboxOptions> options,
    IHostApplicationLifetime lifetime,
    IMeterFactory meters,
    ILogger<SandboxPool> logger) : IHostedService, IAsyncDisposable
{
    private readonly TaskCompletionSource<SandboxPool> started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // Not disposed: the host may stop this service more than once, and a token source without a timer holds nothing.
    private readonly CancellationTokenSource stopping = new();
    private Task? starting;

    /// <summary>The pool, once started (null before).</summary>
    public SandboxPool? Pool { get; private set; }

    /// <summary>The catalog the pool grades with, once loaded (null before).</summary>
    public ExerciseCatalog? Catalog { get; private set; }

    /// <summary>Completes when the pool has started.</summary>
    public Task<SandboxPool> Started => started.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        starting = Task.Run(() => StartPoolAsync(stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        started.TrySetCanceled(cancellationToken);
        if (starting is not null)
        {
            await starting;
        }

        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Pool is { } pool)
        {
            Pool = null;
            await pool.DisposeAsync();
        }
    }

    private async Task StartPoolAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Reference solutions run in this process beside each other: each run captures its own console output.
            ConsoleCapture.Route();
            Catalog = services.GetRequiredService<ExerciseCatalog>();
            Pool = await SandboxPool.StartAsync(Catalog, options.Value, logger, meters, cancellationToken);
            started.TrySetResult(Pool);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            started.TrySetCanceled(cancellationToken);
        }
        catch (Exception error)
        {
            LogStartFailed(logger, error);
            started.TrySetException(error);
            Environment.ExitCode = 1; // so that a supervisor (systemd, Docker) sees a failed start, not a clean stop
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The sandbox could not start; the service stops, since it cannot grade safely.")]
    private static partial void LogStartFailed(ILogger logger, Exception error);
}
