using System.Collections.Concurrent;

namespace Grader.Exercises.Running;

/// <summary>
/// A thread that runs snippets one after another, so a run does not pay for starting a thread (measured: about
/// 0.1 ms to hand work to an idle runner, 0.7 ms to start and join a fresh one on the loaded dev machine). After every
/// piece of work the thread's own state is put back (<see cref="RunHygiene.RestoreThread"/>); a thread whose state
/// cannot be put back (a snippet left libtorch's inference mode on) ends, and its thread-local state with it. A thread
/// whose run misses its deadline is abandoned (it cannot be stopped) and never reused.
/// </summary>
public sealed class RunnerThread
{
    /// <summary>What the thread is called, also in /proc (a thread started from it inherits the name there).</summary>
    public const string Name = "snippet";

    private const int StackBytes = 16 * 1024 * 1024;

    private static readonly ConcurrentBag<RunnerThread> Idle = [];

    private static int abandoned;

    private static int live;

    private readonly BlockingCollection<(Action Work, ManualResetEventSlim Done)> queue = [];

    private volatile bool retired;

    private RunnerThread()
    {
        Interlocked.Increment(ref live);
        var thread = new Thread(Loop, StackBytes) { IsBackground = true, Name = Name };
        thread.Start();
    }

    /// <summary>
    /// Runner threads given up on in this process. They may still be running a snippet (writing to the console,
    /// holding memory): a sandbox worker with any is not fit to serve again.
    /// </summary>
    public static int Abandoned => Volatile.Read(ref abandoned);

    /// <summary>Runner threads whose loop has not ended (idle, busy or abandoned): what a thread census may find.</summary>
    public static int Live => Volatile.Read(ref live);

    /// <summary>
    /// Runs <paramref name="work"/> on the runner thread the next run would use (or a new one); false when it did not
    /// finish in time.
    /// </summary>
    public static bool TryRun(Action work, TimeSpan deadline)
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

        if (runner.retired)
        {
            runner.queue.CompleteAdding();
        }
        else
        {
            Idle.Add(runner);
        }

        return true;
    }

    private void Loop()
    {
        try
        {
            // A new thread takes the process's default culture, which need not be invariant outside a sandbox.
            Restored();
            while (queue.TryTake(out var item, Timeout.Infinite))
            {
                Execute(item, this);
            }
        }
        catch (InvalidOperationException)
        {
            // CompleteAdding raced with the take: the thread is done either way.
        }
        finally
        {
            Interlocked.Decrement(ref live);
        }
    }

    /// <summary>A frame of its own, so nothing of a finished run stays reachable from the thread's stack.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Execute((Action Work, ManualResetEventSlim Done) item, RunnerThread runner)
    {
        try
        {
            item.Work();
        }
        finally
        {
            // Before Done: whoever waits must find the thread either restored or retired, never in between.
            runner.retired = !Restored();
            item.Done.Set();
        }
    }

    private static bool Restored()
    {
        try
        {
            return RunHygiene.RestoreThread();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // libtorch refused to put its thread state back: the thread ends, and its state with it.
            return false;
        }
    }
}
