using Grader.Exercises.Running;

namespace Grader.Sandbox.Workers;

/// <summary>How one request to a worker ended, before anything is judged.</summary>
/// <param name="Run">The worker's own report, when it answered.</param>
/// <param name="Finished">Cases the worker reported as done before it stopped answering.</param>
/// <param name="Running">The case that had started and not finished, if any.</param>
internal sealed record WorkerOutcome(
    SnippetRun? Run,
    IReadOnlyList<CaseRun> Finished,
    int? Running,
    WorkerEnd End,
    int? ExitCode,
    string Stderr,
    bool OutOfMemory,
    double ElapsedMs)
{
    /// <summary>
    /// Why the host stopped reading the worker's socket while the process was alive, or (End Failed) why the worker
    /// could not prepare the exercise.
    /// </summary>
    public string? ChannelError { get; init; }

    /// <summary>Whether the run was stopped for using more processor time than its budget (End is then TimedOut).</summary>
    public bool CpuLimitExceeded { get; init; }
}

internal enum WorkerEnd
{
    Answered,
    TimedOut,
    Died,

    /// <summary>The worker said it could not prepare the exercise; the snippet never ran.</summary>
    Failed,
}
