namespace Grader.Api.Data;

/// <summary>A comment on a submission, optionally on one line of its code; a private one is for staff only.</summary>
public sealed class SubmissionComment
{
    public const int BodyLength = 4000;

    public long Id { get; set; }

    public long SubmissionId { get; set; }

    public Submission Submission { get; set; } = null!;

    public int AuthorId { get; set; }

    public User Author { get; set; } = null!;

    /// <summary>1-based line in the submitted code; null for a comment on the whole submission.</summary>
    public int? Line { get; set; }

    /// <summary>Markdown.</summary>
    public required string Body { get; set; }

    /// <summary>A note among staff: students never see it, nor its content in any history.</summary>
    public bool Private { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? EditedAt { get; set; }
}
