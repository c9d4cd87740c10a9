using Grader.Exercises.Grading;

namespace Grader.Api.Data;

/// <summary>
/// Staff's request to grade a set of one exercise's submissions again. The new results wait in its items, beside the
/// submissions' own, until it is applied (all at once) or cancelled; nothing of a submission changes before.
/// </summary>
public sealed class Rejudge
{
    /// <summary>Leaves room in an audit event's reason (<see cref="GradeLayers.ReasonLength"/>) for "Rejudge N: ".</summary>
    public const int ReasonLength = 900;

    public long Id { get; set; }

    /// <summary>The exercise whose submissions are graded again (null when an assignment's are).</summary>
    public string? ExerciseId { get; set; }

    /// <summary>The assignment whose submissions are graded again (<see cref="RejudgeSelection.Assignment"/>).</summary>
    public string? AssignmentId { get; set; }

    /// <summary>How the submissions were chosen: every graded one, a list of ids, those with one verdict, or an assignment's.</summary>
    public RejudgeSelection Selection { get; set; }

    /// <summary>The verdict chosen (with <see cref="RejudgeSelection.Verdict"/>).</summary>
    public Verdict? Verdict { get; set; }

    public string? Reason { get; set; }

    public RejudgeState State { get; set; }

    public int CreatedById { get; set; }

    public User CreatedBy { get; set; } = null!;

    public DateTime CreatedAt { get; set; }

    /// <summary>When it was applied or cancelled, and by whom.</summary>
    public DateTime? ClosedAt { get; set; }

    public int? ClosedById { get; set; }

    public List<RejudgeItem> Items { get; set; } = [];
}

/// <summary>
/// One submission of a rejudge, and the graders' queue entry for it: claimed, leased and finished like a submission
/// (only the current claim's holder writes), but its grade is written here, never to the submission.
/// </summary>
public sealed class RejudgeItem
{
    public long Id { get; set; }

    public long RejudgeId { get; set; }

    public long SubmissionId { get; set; }

    public Submission Submission { get; set; } = null!;

    public RejudgeItemStatus Status { get; set; }

    public DateTime QueuedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public DateTime? LeaseExpiresAt { get; set; }

    /// <summary>How many times a grader claimed it (the claim number that holds its lease).</summary>
    public int Attempts { get; set; }

    /// <summary>The submission's autograder result when the rejudge began (and, once applied, the one it replaced).</summary>
    public Verdict? OldVerdict { get; set; }

    public int? OldScore { get; set; }

    public Verdict? Verdict { get; set; }

    public int? Score { get; set; }

    public int? MaxScore { get; set; }

    public string? CatalogVersion { get; set; }

    public string? Report { get; set; }

    public double? CompileMs { get; set; }

    public double? RunMs { get; set; }

    /// <summary>Set when applying: the new score fell below the final score a TA had reviewed.</summary>
    public bool Flagged { get; set; }
}

public enum RejudgeSelection
{
    All,
    Submissions,
    Verdict,

    /// <summary>Every submission an assignment's gradebook weighs, of all its exercises (optionally of one verdict).</summary>
    Assignment,
}

public enum RejudgeState
{
    /// <summary>Grading or graded; nothing applied yet.</summary>
    Open,
    Applied,
    Cancelled,
}

public enum RejudgeItemStatus
{
    Queued,
    Running,
    Completed,

    /// <summary>Left the queue when its rejudge was cancelled.</summary>
    Cancelled,
}
