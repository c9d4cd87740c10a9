namespace Grader.Exercises.Running;

/// <summary>
/// Why a case failed: an exception the snippet let escape (its type, its message and the snippet line it came from),
/// or how the sandbox saw the process running it end.
/// </summary>
/// <param name="Kind">What failed; the judge decides by this, never by the text of the other fields.</param>
/// <param name="Type">The exception's type name when <paramref name="Kind"/> is <see cref="RunErrorKind.Exception"/>; null otherwise.</param>
public sealed record RunError(RunErrorKind Kind, string? Type, string Message, int? Line, bool FromLibtorch)
{
    /// <summary>What to call the error: the exception's type, or else the kind. Internal, so that JSON leaves it out.</summary>
    internal string Name => Type ?? Kind.ToString();

    /// <summary>A failure no exception describes, as the host reads it from how the worker process ended.</summary>
    public static RunError Stopped(RunErrorKind kind, string message) =>
        new(kind, null, message, null, FromLibtorch: kind == RunErrorKind.LibtorchAbort);

    public override string ToString() => Line is null ? $"{Name}: {Message}" : $"{Name} at line {Line}: {Message}";
}

/// <summary>
/// The kinds of failure a case can end with. A worker reports only <see cref="Exception"/>; the others are decided on
/// the host from how the worker process ended. Crosses the worker's socket by name.
/// </summary>
public enum RunErrorKind
{
    /// <summary>The snippet let an exception escape; <see cref="RunError.Type"/> names it. The default, as in messages that carry no kind.</summary>
    Exception,

    /// <summary>The run used more processor time than its budget (the case ended timed out).</summary>
    CpuTimeLimit,

    /// <summary>The process overflowed its stack.</summary>
    StackOverflow,

    /// <summary>libtorch aborted the process; the message is libtorch's.</summary>
    LibtorchAbort,

    /// <summary>The system killed the process, most likely for its memory.</summary>
    Killed,

    /// <summary>The process exited by itself in the middle of a case.</summary>
    ProcessExit,

    /// <summary>
    /// The grader's own failure, not the snippet's: the worker could not prepare the exercise, the host lost contact
    /// with it, or something outside the sandbox killed it.
    /// </summary>
    SandboxFault,
}
