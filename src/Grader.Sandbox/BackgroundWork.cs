using Microsoft.Extensions.Logging;

namespace Grader.Sandbox;

/// <summary>
/// Work the pool starts without waiting for it (settling a worker after a run, replacing one), kept so that the pool
/// can wait for all of it when it stops. A failure is logged where it happens and never reaches whoever waits.
/// </summary>
internal sealed class BackgroundWork(ILogger logger)
{
    private readonly HashSet<Task> running = [];
    private readonly Lock gate = new();

    public void Start(Func<Task> work, string what)
    {
        var task = Task.Run(
            async () =>
            {
                try
                {
                    await work();
                }
                catch (Exception exception)
                {
                    logger.LogError(exception, "Background work of the sandbox pool failed: {Work}", what);
                }
            },
            CancellationToken.None);
        lock (gate)
        {
            running.Add(task);
        }

        // Registered after the task is in the set, so it cannot be removed before it was added.
        _ = task.ContinueWith(Forget, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Completes when no work is left, including work started while waiting.</summary>
    public async Task WaitAsync()
    {
        while (true)
        {
            Task[] pending;
            lock (gate)
            {
                pending = [.. running];
            }

            if (pending.Length == 0)
            {
                return;
            }

            // The tasks themselves never fail: their work's failures are caught and logged above.
            await Task.WhenAll(pending);
            lock (gate)
            {
                running.ExceptWith(pending);
            }
        }
    }

    private void Forget(Task done)
    {
        lock (gate)
        {
            running.Remove(done);
        }
    }
}
