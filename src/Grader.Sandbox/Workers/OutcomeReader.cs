using Grader.Exercises.Catalog;
using Grader.Exercises.Running;

namespace Grader.Sandbox.Workers;

/// <summary>
/// Turns how a worker ended into the raw run the judge reads: the cases it finished keep their results, the case
/// that was running gets what killed it (deadline, OOM kill, stack overflow, libtorch's abort message), the rest did
/// not run.
/// </summary>
internal static class OutcomeReader
{
    private const string LibtorchAbort = "terminate called after throwing an instance of 'c10::Error'";

    public static SnippetRun ToRun(WorkerOutcome outcome, Exercise exercise)
    {
        if (outcome.Run is { } answered)
        {
            return answered;
        }

        var stopped = Stopped(outcome);
        var caseCount = exercise.Cases(0).Count;
        var running = outcome.Running ?? (outcome.Finished.Count > 0 ? outcome.Finished.Count : null);
        if (running is null || running >= caseCount)
        {
            return new SnippetRun([], [], null, [], 0, outcome.ElapsedMs) { StoppedBeforeCases = stopped with { Index = 0 } };
        }

        var cases = Enumerable.Range(0, caseCount)
            .Select(i => outcome.Finished.FirstOrDefault(c => c.Index == i)
                ?? (i == running ? stopped with { Index = i } : new CaseRun(i, null, "", null, CaseEnd.NotRun, 0)))
            .ToList();
        return new SnippetRun([], [], null, cases, 0, outcome.ElapsedMs);
    }

    private static CaseRun Stopped(WorkerOutcome outcome)
    {
        if (outcome.End == WorkerEnd.TimedOut)
        {
            var cpu = outcome.CpuLimitExceeded
                ? RunError.Stopped(RunErrorKind.CpuTimeLimit, "The run used more processor time than its limit.")
                : null;
            return new CaseRun(0, null, "", cpu, CaseEnd.TimedOut, outcome.ElapsedMs);
        }

        if (outcome.OutOfMemory)
        {
            return new CaseRun(0, null, "", null, CaseEnd.MemoryLimitExceeded, outcome.ElapsedMs);
        }

        return new CaseRun(0, null, "", Crash(outcome), CaseEnd.Crashed, outcome.ElapsedMs);
    }

    private static RunError Crash(WorkerOutcome outcome)
    {
        if (outcome.End == WorkerEnd.Failed)
        {
            return RunError.Stopped(RunErrorKind.SandboxFault, $"The worker could not prepare the exercise: {outcome.ChannelError}");
        }

        var stderr = outcome.Stderr;
        if (stderr.Contains("Stack overflow.", StringComparison.Ordinal))
        {
            return RunError.Stopped(RunErrorKind.StackOverflow, "Stack overflow: a recursion that never ends, or goes too deep.");
        }

        var abort = stderr.IndexOf(LibtorchAbort, StringComparison.Ordinal);
        if (abort >= 0)
        {
            var what = stderr.IndexOf("what():", abort, StringComparison.Ordinal);
            var message = what < 0 ? "libtorch aborted." : stderr[(what + "what():".Length)..].Trim();
            var end = message.IndexOf('\n', StringComparison.Ordinal);
            message = end < 0 ? message : message[..end].Trim();
            return RunError.Stopped(RunErrorKind.LibtorchAbort, message);
        }

        if (outcome.ChannelError is { } channel)
        {
            return RunError.Stopped(RunErrorKind.SandboxFault, $"The sandbox lost contact with the worker (exit code {outcome.ExitCode}): {channel}");
        }

        if (outcome.End == WorkerEnd.Died && outcome.ExitCode == 137)
        {
            // SIGKILL that was neither the OOM killer nor our deadline: something outside the snippet stopped the worker.
            return RunError.Stopped(RunErrorKind.SandboxFault, "The worker process was killed from outside the sandbox.");
        }

        return outcome.ExitCode == 137
            ? RunError.Stopped(RunErrorKind.Killed, "The process was killed by the system (most likely for using too much memory).")
            : RunError.Stopped(RunErrorKind.ProcessExit, $"The process ended unexpectedly (exit code {outcome.ExitCode}).");
    }
}
