using System.Diagnostics;
using Grader.Api.Data;

namespace Grader.Api.Observability;

/// <summary>
/// The service's spans (activity source <see cref="SourceName"/>). A submission carries the W3C traceparent of the
/// request that submitted it, so the grader that takes it from the queue, in whichever process, continues that trace.
/// </summary>
internal static class GraderTracing
{
    public const string SourceName = "Grader";

    /// <summary>The tag naming the submission, on the submitting request and on the grade span.</summary>
    public const string SubmissionIdTag = "grader.submission_id";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>The traceparent to store with a submission made under <paramref name="activity"/> (null without one).</summary>
    public static string? TraceParent(Activity? activity) =>
        activity is { IdFormat: ActivityIdFormat.W3C, Id.Length: Submission.TraceParentLength } ? activity.Id : null;

    /// <summary>
    /// The grader's span around one claim: for a submission, a child of the submitting request's span when the
    /// submission carries its traceparent; for a rejudge item (<paramref name="rejudgeItemId"/>), a trace of its own,
    /// linked to the submission's (the submitting request ended long before). Null when nothing listens.
    /// </summary>
    public static Activity? StartGrading(Submission submission, int attempt, long? rejudgeItemId = null)
    {
        ActivityContext.TryParse(submission.TraceParent, traceState: null, isRemote: true, out var submitted);
        var activity = rejudgeItemId is null
            ? Source.StartActivity("grade", ActivityKind.Consumer, submitted)
            : Source.StartActivity(
                "rejudge", ActivityKind.Consumer, parentContext: default,
                links: submitted == default ? null : [new ActivityLink(submitted)]);
        activity?.SetTag(SubmissionIdTag, submission.Id);
        activity?.SetTag("grader.exercise", submission.ExerciseId);
        activity?.SetTag("grader.attempt", attempt);
        if (rejudgeItemId is not null)
        {
            activity?.SetTag("grader.rejudge_item_id", rejudgeItemId);
        }

        return activity;
    }
}
