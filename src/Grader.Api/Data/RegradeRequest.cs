namespace Grader.Api.Data;

/// <summary>
/// A student's request that a TA look at one of their graded submissions again (optionally at one case), and the TA's
/// answer. A submission has at most one open request (a filtered unique index).
/// </summary>
public sealed class RegradeRequest
{
    public const int TextLength = 4000;

    public long Id { get; set; }

    public long SubmissionId { get; set; }

    public Submission Submission { get; set; } = null!;

    /// <summary>The student who asked: the submission's owner.</summary>
    public int StudentId { get; set; }

    public User Student { get; set; } = null!;

    /// <summary>The case it is about, from 0 as in the submission's cases; null for the whole submission.</summary>
    public int? CaseIndex { get; set; }

    /// <summary>Markdown.</summary>
    public required string Message { get; set; }

    public RegradeStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The TA's answer (Markdown).</summary>
    public string? Answer { get; set; }

    public int? ResolvedById { get; set; }

    public User? ResolvedBy { get; set; }

    public DateTime? ResolvedAt { get; set; }

    /// <summary>Whether resolving it changed the grade (through the grade's layers).</summary>
    public bool GradeChanged { get; set; }
}

public enum RegradeStatus
{
    Open,
    Resolved,
}
