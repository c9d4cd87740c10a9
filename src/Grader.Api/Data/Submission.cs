using Grader.Exercises.Grading;

namespace Grader.Api.Data;

/// <summary>
/// One submission and, once graded, its grade. The database row is the queue entry: a submission is accepted only
/// once it is stored, so nothing accepted can be lost by a crash.
/// </summary>
public sealed class Submission
{
    /// <summary>The length of a version-00 W3C traceparent: <c>00-{32 hex}-{16 hex}-{2 hex}</c>.</summary>
    public const int TraceParentLength = 55;

    public long Id { get; set; }

    public required string ExerciseId { get; set; }

    /// <summary>The version of the exercise (a hash of its files) the submission was graded against.</summary>
    public required string CatalogVersion { get; set; }

    public int UserId { get; set; }

    public User User { get; set; } = null!;

    public required string Code { get; set; }

    /// <summary>Which of the student's submissions of this exercise this is, from 1.</summary>
    public int AttemptNumber { get; set; }

    /// <summary>
    /// The seed of this attempt's hidden cases (a keyed hash of exercise, student and attempt number), kept so that a
    /// rejudge grades the same variant.
    /// </summary>
    public int Seed { get; set; }

    public SubmissionStatus Status { get; set; }

    /// <summary>Which queued submissions graders take first: live ones, then retries, then rejudges.</summary>
    public QueuePriority Priority { get; set; }

    public DateTime SubmittedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    /// <summary>While running: when the grader that claimed it is presumed dead and another may take it over.</summary>
    public DateTime? LeaseExpiresAt { get; set; }

    /// <summary>How many times a grader claimed it (more than one after a crash or restart).</summary>
    public int Attempts { get; set; }

    public Verdict? Verdict { get; set; }

    /// <summary>The autograder's score: the only layer a grading run (or a rejudge) writes.</summary>
    public int? Score { get; set; }

    public int? MaxScore { get; set; }

    /// <summary>The TA's layers on top of the autograder's score; a grading run never touches them.</summary>
    public GradeLayers Layers { get; set; } = new();

    /// <summary>The full grade report (per-case results, diagnostics, both languages) as JSON.</summary>
    public string? Report { get; set; }

    public double? CompileMs { get; set; }

    public double? RunMs { get; set; }

    /// <summary>
    /// The rejudge that lowered the autograder's score below the final score a TA had reviewed, for the TA to look at
    /// again; cleared by the TA's next grade change.
    /// </summary>
    public long? RejudgeFlagId { get; set; }

    /// <summary>The final score the TA had reviewed when <see cref="RejudgeFlagId"/> was set.</summary>
    public int? RejudgeFlagFinal { get; set; }

    /// <summary>
    /// The W3C traceparent of the request that submitted it, so that the grader's span, in whichever process, joins
    /// that request's trace (null when the request had none).
    /// </summary>
    public string? TraceParent { get; set; }
}

public enum SubmissionStatus
{
    Queued,
    Running,
    Completed,
}

/// <summary>The queue's order between waiting submissions (lower first; by id within one priority).</summary>
public enum QueuePriority
{
    /// <summary>A student is waiting for it.</summary>
    Live = 0,

    /// <summary>A grader failed on it before (not the student's fault) and it waits for another try.</summary>
    Retry = 1,

    /// <summary>Graded again on staff's request; nobody is waiting at a screen.</summary>
    Rejudge = 2,
}
