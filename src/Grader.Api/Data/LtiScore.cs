namespace Grader.Api.Data;

/// <summary>
/// A score waiting to go to an LMS line item (the outbox): written in the transaction that changed the counted score,
/// sent by <c>ScoreOutboxSender</c> in order per line item and user, retried with backoff until the LMS takes it.
/// </summary>
public sealed class LtiScore
{
    public const int CommentLength = 1000;
    public const int ErrorLength = 1000;

    public long Id { get; set; }

    public int ResourceLinkId { get; set; }

    public LtiResourceLink ResourceLink { get; set; } = null!;

    public int UserId { get; set; }

    /// <summary>The platform's id of the student (<c>sub</c>), sent as <c>userId</c>.</summary>
    public required string Subject { get; set; }

    public decimal ScoreGiven { get; set; }

    public decimal ScoreMaximum { get; set; }

    public required string Comment { get; set; }

    /// <summary>The submission whose grade change caused it (null for a resend or a sync).</summary>
    public long? SubmissionId { get; set; }

    public LtiScoreStatus Status { get; set; }

    /// <summary>Set when first sent, later than every earlier score of the same line item and user, and kept for retries.</summary>
    public DateTime? Timestamp { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public DateTime? LeaseExpiresAt { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }
}

public enum LtiScoreStatus
{
    /// <summary>Waiting for its turn or for its next try (after a 5xx, a 429 or no answer).</summary>
    Pending,

    /// <summary>Claimed by one process, which holds a lease.</summary>
    Sending,

    Sent,

    /// <summary>The LMS refused it (a 4xx other than 429): an instructor looks and may resend.</summary>
    Failed,
}
