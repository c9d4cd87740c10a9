using System.Collections.Concurrent;

namespace Grader.Api.Grading;

/// <summary>
/// In-process shortcuts between the API and the graders: "there is new work" (or "here is a submission claimed for
/// you", <see cref="IdleGraders"/>) and "submission N is final". They only save latency; the database stays the truth
/// (graders also poll, waiters also re-read), so several replicas work.
/// </summary>
internal sealed class SubmissionSignals(TimeProvider clock)
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource> finals = new();

    /// <summary>This process's graders while they wait for work.</summary>
    public IdleGraders Idle { get; } = new(clock);

    /// <summary>Wakes one idle grader (a signal nobody takes stays for the next; signals do not pile up).</summary>
    public void WorkQueued() => Idle.WorkQueued();

    public void Completed(long submissionId)
    {
        if (finals.TryRemove(submissionId, out var waiter))
        {
            waiter.TrySetResult();
        }
    }

    /// <summary>A task that completes when <paramref name="submissionId"/> is reported final in this process.</summary>
    public Task WhenCompleted(long submissionId) =>
        finals.GetOrAdd(submissionId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Forget(long submissionId) => finals.TryRemove(submissionId, out _);
}
