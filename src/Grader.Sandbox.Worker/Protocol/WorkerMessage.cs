using Grader.Exercises.Running;

namespace Grader.Sandbox.Worker.Protocol;

/// <summary>What a worker tells the host, in order: Ready once (with its baselines in Detail); then per request
/// Started/Finished per case, one Result, and Clean, or Dirty with the reason it must retire in Detail (its hygiene
/// after the run failed, or the snippet's load context was not collected); or, instead of all of a request's messages,
/// Failed with a Detail when the worker could not prepare the exercise. Clean and Dirty carry how long the hygiene
/// after the run took (ElapsedMs).</summary>
public sealed record WorkerMessage(WorkerMessageKind Kind, int? CaseIndex = null, CaseRun? Case = null, SnippetRun? Run = null, string? Detail = null, double? ElapsedMs = null);

public enum WorkerMessageKind
{
    Ready,
    Started,
    Finished,
    Result,
    Clean,
    Dirty,
    Failed,
}
