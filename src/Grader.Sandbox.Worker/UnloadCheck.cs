namespace Grader.Sandbox.Worker;

/// <summary>
/// Proves that the load contexts of finished snippets are collected. Forcing collections after every run would
/// cost a few milliseconds each time and empty Roslyn's weakly held caches, making the next compile twice as slow,
/// so the proof is made for a batch: every <see cref="BatchSize"/> runs, every context of the batch must be gone after
/// the collections, or the worker is retired (a snippet left something reachable that should not be).
/// </summary>
internal sealed class UnloadCheck
{
    public const int BatchSize = 100;

    private readonly List<WeakReference> pending = [];

    /// <summary>Records a finished run's context; false when a batch check found a context still alive.</summary>
    public bool Clean(WeakReference? context)
    {
        if (context is not null)
        {
            pending.Add(context);
        }

        if (pending.Count < BatchSize)
        {
            return true;
        }

        // A context needs a few collections: its loader is released by a finalizer, then collected.
        for (var attempt = 0; pending.Any(c => c.IsAlive) && attempt < 6; attempt++)
        {
            GC.Collect(attempt < 3 ? 1 : GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
        }

        var clean = !pending.Any(c => c.IsAlive);
        pending.Clear();
        return clean;
    }
}
