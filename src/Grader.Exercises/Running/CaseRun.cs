using Grader.Exercises.Values;

namespace Grader.Exercises.Running;

/// <summary>How one case went for a snippet, as raw data: what it returned and printed, or how it failed.</summary>
public sealed record CaseRun(
    int Index,
    Value? Result,
    string Output,
    RunError? Error,
    CaseEnd End,
    double ElapsedMs);

public enum CaseEnd
{
    Returned,
    Threw,
    TimedOut,
    OutputLimitExceeded,
    NotRun,

    /// <summary>The process running the case ran out of memory and was killed.</summary>
    MemoryLimitExceeded,

    /// <summary>The process running the case died (a native abort, a stack overflow); the error says how.</summary>
    Crashed,
}
