using Grader.Exercises.Catalog;
using Grader.Sandbox;
using Microsoft.Extensions.Options;

namespace Grader.Api.Grading;

/// <summary>Starts the worker pool with the service and stops it with the service.</summary>
internal sealed class SandboxHost(
    ExerciseCatalog catalog,
    IOptions<SandboxOptions> options,
    ILogger<SandboxPool> logger) : IHostedService, IAsyncDisposable
{
    private readonly TaskCompletionSource<SandboxPool> started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The pool, once started (null before).</summary>
    public SandboxPool? Pool { get; private set; }

    /// <summary>Completes when the pool has started.</summary>
    public Task<SandboxPool> Started => started.Task;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            Pool = await SandboxPool.StartAsync(catalog, options.Value, logger, cancellationToken);
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

    public async ValueTask DisposeAsync()
    {
        if (Pool is { } pool)
        {
            Pool = null;
            await pool.DisposeAsync();
        }
    }
}
