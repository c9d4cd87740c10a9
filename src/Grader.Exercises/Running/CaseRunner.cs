using System.Diagnostics;
using System.Reflection;
using Grader.Exercises.Catalog;
using Grader.Exercises.Compiling;
using Grader.Exercises.Values;
using TorchSharp;

namespace Grader.Exercises.Running;

/// <summary>
/// Calls an entry point on every case, on a runner thread with a wall-clock deadline for the whole run,
/// capturing standard output per case. A run that misses its deadline is abandoned, not stopped: .NET cannot stop a
/// thread, which is why untrusted snippets only run in a sandbox worker that the host can kill.
/// </summary>
public static class CaseRunner
{
    /// <summary>Unless the console is routed per thread (<see cref="ConsoleCapture"/>), runs in one process take turns.</summary>
    private static readonly Lock ConsoleTurn = new();

    public static IReadOnlyList<CaseRun> Run(
        CompiledSnippet snippet,
        MethodInfo entryPoint,
        IReadOnlyList<TestCase> cases,
        Limits limits,
        RunObserver? observer = null)
    {
        var runs = new CaseRun?[cases.Count];
        var writer = new CappedWriter(limits.OutputKb * 1024);
        var current = 0;
        var clock = Stopwatch.StartNew();
        var caseClock = new Stopwatch();

        var abandoned = false;

        void Record(int index, Value? value, RunError? error, CaseEnd end)
        {
            if (!Volatile.Read(ref abandoned))
            {
                runs[index] = Finish(index, writer, value, error, end, caseClock);
                observer?.Finished?.Invoke(runs[index]!);
            }
        }

        void RunAll()
        {
            using var capture = ConsoleCapture.Routed ? ConsoleCapture.On(writer) : null;
            writer.Owner = Environment.CurrentManagedThreadId;
            Volatile.Write(ref current, 0);
            observer?.Started?.Invoke(0);
            caseClock.Restart();
            object script;
            try
            {
                // Outside every case's dispose scope: tensors made by top-level statements live for all cases.
                script = snippet.Instantiate();
            }
            catch (Exception exception)
            {
                Record(0, null, writer.Exceeded ? null : RunErrors.From(exception), writer.Exceeded ? CaseEnd.OutputLimitExceeded : CaseEnd.Threw);
                return;
            }

            for (var i = 0; i < cases.Count && !Volatile.Read(ref abandoned); i++)
            {
                if (i > 0)
                {
                    Volatile.Write(ref current, i);
                    observer?.Started?.Invoke(i);
                    caseClock.Restart();
                }

                try
                {
                    using var scope = torch.NewDisposeScope();
                    var value = ValueCapture.From(Invoke(entryPoint, script, cases[i].Arguments()));

                    // A snippet may catch the output limit's exception and return normally; the limit still holds.
                    Record(i, writer.Exceeded ? null : value, null, writer.Exceeded ? CaseEnd.OutputLimitExceeded : CaseEnd.Returned);
                }
                catch (Exception exception)
                {
                    Record(i, null, writer.Exceeded ? null : RunErrors.From(exception), writer.Exceeded ? CaseEnd.OutputLimitExceeded : CaseEnd.Threw);
                }

                if (writer.Exceeded)
                {
                    return;
                }
            }
        }

        void RunWithDeadline()
        {
            if (!RunnerThread.TryRun(RunAll, TimeSpan.FromMilliseconds(limits.TimeMs)))
            {
                Volatile.Write(ref abandoned, true);
                var running = Volatile.Read(ref current);
                // A snippet that swallows the output limit's exception and keeps printing ends on the deadline.
                var end = writer.Exceeded ? CaseEnd.OutputLimitExceeded : CaseEnd.TimedOut;
                runs[running] = new CaseRun(running, null, "", null, end, clock.Elapsed.TotalMilliseconds);
            }
        }

        if (ConsoleCapture.Routed)
        {
            RunWithDeadline();
        }
        else
        {
            lock (ConsoleTurn)
            {
                var original = Console.Out;
                #pragma warning disable RS0030 // without routing, a run swaps the console (a worker runs one snippet at a time)
                Console.SetOut(writer);
                #pragma warning restore RS0030
                try
                {
                    RunWithDeadline();
                }
                finally
                {
                    #pragma warning disable RS0030 // without routing, a run swaps the console (a worker runs one snippet at a time)
                    Console.SetOut(original);
                    #pragma warning restore RS0030
                }
            }
        }

        return [.. runs.Select((run, i) => run ?? new CaseRun(i, null, "", null, CaseEnd.NotRun, 0))];
    }

    private static CaseRun Finish(int index, CappedWriter writer, Value? value, RunError? error, CaseEnd end, Stopwatch clock) =>
        new(index, value, writer.Take(), error, end, clock.Elapsed.TotalMilliseconds);

    private static object? Invoke(MethodInfo entryPoint, object script, object?[] arguments)
    {
        try
        {
            return entryPoint.Invoke(entryPoint.IsStatic ? null : script, arguments);
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(invocation.InnerException);
            throw;
        }
    }
}
