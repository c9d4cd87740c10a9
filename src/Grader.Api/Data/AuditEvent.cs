namespace Grader.Api.Data;

/// <summary>
/// One change a person made to a grade or a review: who, when, what kind, the state before and after (as JSON) and
/// why. Append-only: <see cref="GraderDb"/> refuses to update or delete one.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public int ActorId { get; set; }

    public User Actor { get; set; } = null!;

    public AuditKind Kind { get; set; }

    public long? SubmissionId { get; set; }

    /// <summary>The student the change concerns (the submission's owner, or whom an extension is for).</summary>
    public int? StudentId { get; set; }

    public string? ExerciseId { get; set; }

    public string? AssignmentId { get; set; }

    /// <summary>The comment concerned (no foreign key: a deleted comment's events stay).</summary>
    public long? CommentId { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    public string? Reason { get; set; }
}

public enum AuditKind
{
    GradeChanged,
    CommentAdded,
    CommentEdited,
    CommentDeleted,
    ExtensionGranted,
    SubmissionPinned,
    RejudgeApplied,
    RegradeRequested,
    RegradeResolved,
}
