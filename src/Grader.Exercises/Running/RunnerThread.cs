using System.Collections.Concurrent;

namespace Grader.Exercises.Running;

/// <summary>
/// A thread that runs snippets one after another, so a run does not pay for starting a thread. A thread whose
/// run misses its deadline is abandoned (it cannot be stopped) and never reused.
/// </summary>
public sealed class RunnerThread
{
    private const int StackBytes = 16 * 1024 * 1024;

    private static readonly ConcurrentBag<RunnerThread> Idle = [];

    private static int abandoned;

    /// <summary>
    /// Runner threads given up on in this process. They may still be running a snippet (writing to the console,
    /// holding memory): a sandbox worker with any is not fit to serve again.
    /// </summary>
    public static int Abandoned => Volatile.Read(ref abandoned);

    private readonly BlockingCollection<(Action Work, ManualResetEventSlim Done)> queue = [];

    private RunnerThread()
    {
        var thread = new Thread(Loop, StackBytes) { IsBackground = true, Name = "snippet" };
        thread.Start();
    }

    /// <summary>Runs <paramref name="work"/> on a runner thread; false when it did not finish in time.</summary>
    internal static bool TryRun(Action work, TimeSpan deadline)
    {
        var runner = Idle.TryTake(out var idle) ? idle : new RunnerThread();
        using var done = new ManualResetEventSlim();
        runner.queue.Add((work, done));
        if (!done.Wait(deadline))
        {
            runner.queue.CompleteAdding();
            Interlocked.Increment(ref abandoned);
            return false;
        }

        Idle.Add(runner);
        return true;
    }

    private void Loop()
    {
        while (queue.TryTake(out var item, Timeout.Infinite))
        {
            Execute(item);
        }
    }

    /// <summary>A frame of its own, so nothing of a finished run stays reachable from the thread's stack.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Execute((Action Work, ManualResetEventSlim Done) item)
    {
        try
        {
            item.Work();
        }
        finally
        {
            item.Done.Set();
        }
    }
}
