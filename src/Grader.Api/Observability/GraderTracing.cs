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
    /// The grader's span around one claim of <paramref name="submission"/>, a child of the submitting request's span
    /// when the submission carries its traceparent; null when nothing listens.
    /// </summary>
    public static Activity? StartGrading(Submission submission, int attempt)
    {
        ActivityContext.TryParse(submission.TraceParent, traceState: null, isRemote: true, out var submitted);
        var activity = Source.StartActivity("grade", ActivityKind.Consumer, submitted);
        activity?.SetTag(SubmissionIdTag, submission.Id);
        activity?.SetTag("grader.exercise", submission.ExerciseId);
        activity?.SetTag("grader.attempt", attempt);
        return activity;
    }
}
