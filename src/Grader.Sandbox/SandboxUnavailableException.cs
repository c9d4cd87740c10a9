namespace Grader.Sandbox;

/// <summary>
/// The pool could not grade a snippet for a reason of its own, which says nothing about the snippet and may pass:
/// the pool has stopped (or stopped during the run), or the host failed talking to the worker in the middle of a run.
/// The same request is worth trying again, later or on another grader node. Every other exception from
/// <see cref="SandboxPool.RunAsync"/> is not: an <see cref="ArgumentException"/> means the request itself is wrong, an
/// <see cref="OperationCanceledException"/> follows the caller's own token, and anything else is a fault in judging
/// that the same submission meets again.
/// </summary>
public sealed class SandboxUnavailableException : Exception
{
    public SandboxUnavailableException()
    {
    }

    public SandboxUnavailableException(string message)
        : base(message)
    {
    }

    public SandboxUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
