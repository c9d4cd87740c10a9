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
    /// <summary>Console output is process-wide; runs in one process take turns.</summary>
    private static readonly Lock ConsoleTurn = new();

    public static IReadOnlyList<CaseRun> Run(
        CompiledSnippet snippet,
        MethodInfo entryPoint,
        IReadOnlyList<TestCase> cases,
        Limits limits,
        object? globals = null,
        RunObserver? observer = null)
    {
        var runs = new CaseRun?[cases.Count];
        var writer = new CappedWriter(limits.OutputKb * 1024);
        var current = 0;
        var clock = Stopwatch.StartNew();
        var caseClock = new Stopwatch();

        void RunAll()
        {
            object? script = null;
            for (var i = 0; i < cases.Count; i++)
            {
                Volatile.Write(ref current, i);
                observer?.Started?.Invoke(i);
                caseClock.Restart();
                try
                {
                    using var scope = torch.NewDisposeScope();
                    script ??= snippet.Instantiate(globals);
                    var result = Invoke(entryPoint, script, cases[i].Arguments());
                    var value = ValueCapture.From(result);
                    runs[i] = Finish(i, writer, value, null, CaseEnd.Returned, caseClock);
                    observer?.Finished?.Invoke(runs[i]!);
                }
                catch (Exception exception)
                {
                    var end = writer.Exceeded ? CaseEnd.OutputLimitExceeded : CaseEnd.Threw;
                    runs[i] = Finish(i, writer, null, end == CaseEnd.Threw ? RunErrors.From(exception) : null, end, caseClock);
                    observer?.Finished?.Invoke(runs[i]!);
                    if (script is null || end == CaseEnd.OutputLimitExceeded)
                    {
                        return;
                    }
                }
            }
        }

        lock (ConsoleTurn)
        {
            var original = Console.Out;
            Console.SetOut(writer);
            try
            {
                if (!RunnerThread.TryRun(RunAll, TimeSpan.FromMilliseconds(limits.TimeMs)))
                {
                    var running = Volatile.Read(ref current);
                    runs[running] = new CaseRun(running, null, "", null, CaseEnd.TimedOut, clock.Elapsed.TotalMilliseconds);
                }
            }
            finally
            {
                Console.SetOut(original);
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
