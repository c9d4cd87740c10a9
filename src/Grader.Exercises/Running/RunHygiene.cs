using System.Globalization;
using TorchSharp;

namespace Grader.Exercises.Running;

/// <summary>
/// Puts back what a run may have changed, so that the next run in the same process starts as the first one did.
/// Thread-local state (torch's grad and inference modes, its current dispose scope, the culture) is put back on the
/// runner thread after every piece of work (also torch's thread count, which OpenMP keeps per thread); process-wide
/// state (torch's default dtype, random generator, anomaly detection and threads) between runs. <see cref="Canary"/> then proves it.
/// </summary>
public static class RunHygiene
{
    /// <summary>Torch's random generator is seeded with this between runs: a run's randomness never depends on the last one.</summary>
    public const long Seed = 20_261_130;

    /// <summary>
    /// Torch's intra-op threads for every run: a worker has one core's worth of CPU time. With libtorch's OpenMP
    /// backend the setting is per thread (a snippet's set_num_threads stays on its runner thread), so it is put back
    /// on the runner thread as well as process-wide.
    /// </summary>
    public const int TorchThreads = 1;

    /// <summary>Nested scopes a snippet can leave open that are disposed one by one; past this the thread is given up.</summary>
    private const int MaxOpenScopes = 64;

    private static int strayWrites;

    /// <summary>
    /// Characters written to a run's console by a thread other than its runner (a finalizer, a thread left behind):
    /// dropped, not held against the student, and counted here because a sandbox worker with any must retire.
    /// </summary>
    public static int StrayWrites => Volatile.Read(ref strayWrites);

    internal static void CountStray(int chars) => Interlocked.Add(ref strayWrites, Math.Max(chars, 1));

    /// <summary>
    /// On a runner thread after its work: closes dispose scopes a snippet left open (disposing their tensors now,
    /// instead of never, which is what TorchSharp does with a thread's forgotten scope), turns grad mode back on and
    /// the culture back to invariant. False when the thread cannot be put back and must end: libtorch's inference mode
    /// is held by a guard object only its creator can release, and TorchSharp's scope stack is thread-static.
    /// </summary>
    internal static bool RestoreThread()
    {
        for (var i = 0; i < MaxOpenScopes && torch.CurrentDisposeScope is { } scope; i++)
        {
            scope.Dispose();
        }

        // The guard this returns only matters if disposed (it would restore the snippet's setting).
        _ = torch.set_grad_enabled(true);
        torch.set_num_threads(TorchThreads);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        return torch.CurrentDisposeScope is null && !torch.is_inference_mode_enabled() && torch.is_grad_enabled();
    }

    /// <summary>Between runs, on any thread: torch's process-wide settings back to a fresh worker's.</summary>
    public static void ResetProcess()
    {
        torch.set_default_dtype(torch.ScalarType.Float32);
        // Not disposed: disposing the guard would restore whatever the snippet had set.
        _ = torch.autograd.set_detect_anomaly(false);
        torch.set_num_threads(TorchThreads);
        torch.manual_seed(Seed);
        CultureInfo.DefaultThreadCurrentCulture = null;
        CultureInfo.DefaultThreadCurrentUICulture = null;
    }

    /// <summary>
    /// Runs the finalizers of what the last run dropped now, between runs, where a worker's tripwire sees any output
    /// they write, instead of in the middle of the next student's run. A young-generation collection only: a full one
    /// would also empty Roslyn's weakly held caches and make the next compile twice as slow. The wait happens on a
    /// helper thread, so a finalizer that never returns costs <paramref name="deadline"/>, not the worker.
    /// </summary>
    /// <returns>False when the finalizers did not finish within the deadline.</returns>
    public static bool DrainFinalizers(TimeSpan deadline)
    {
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        return FinalizerWait.Instance.TryWait(deadline);
    }

    /// <summary>One helper thread for the whole process, started once: starting one per run would cost more than the wait.</summary>
    private sealed class FinalizerWait
    {
        public static readonly FinalizerWait Instance = new();

        private readonly SemaphoreSlim requested = new(0);
        private readonly SemaphoreSlim finished = new(0);
        private int stuck;

        private FinalizerWait() =>
            new Thread(Loop) { IsBackground = true, Name = "finalizer-wait" }.Start();

        public bool TryWait(TimeSpan deadline)
        {
            // A helper still waiting on an earlier finalizer has nothing new to say.
            if (Volatile.Read(ref stuck) == 1)
            {
                return false;
            }

            requested.Release();
            if (finished.Wait(deadline))
            {
                return true;
            }

            Volatile.Write(ref stuck, 1);
            return false;
        }

        private void Loop()
        {
            while (true)
            {
                requested.Wait();
                GC.WaitForPendingFinalizers();
                finished.Release();
            }
        }
    }
}
