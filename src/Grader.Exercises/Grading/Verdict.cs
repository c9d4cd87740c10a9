namespace Grader.Exercises.Grading;

/// <summary>The fixed taxonomy of outcomes, for a whole submission and for each case.</summary>
public enum Verdict
{
    Accepted,
    WrongAnswer,
    CompilationError,
    ForbiddenApi,
    RuntimeError,
    TimeLimitExceeded,
    MemoryLimitExceeded,
    OutputLimitExceeded,
    InternalError,

    /// <summary>A case that did not run because an earlier one stopped the run (time or output limit).</summary>
    Skipped,
}
