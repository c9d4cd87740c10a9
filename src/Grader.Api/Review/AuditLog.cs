using System.Text.Json;
using Grader.Api.Data;

namespace Grader.Api.Review;

/// <summary>Writes the append-only audit events; the caller saves them in the same transaction as the change.</summary>
internal static class AuditLog
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static AuditEvent Add(GraderDb db, AuditEvent audit, object? before, object? after)
    {
        audit.Before = before is null ? null : JsonSerializer.Serialize(before, before.GetType(), Options);
        audit.After = after is null ? null : JsonSerializer.Serialize(after, after.GetType(), Options);
        db.AuditEvents.Add(audit);
        return audit;
    }

    /// <summary>An event about one submission, filled with who and what it concerns.</summary>
    public static AuditEvent About(Submission submission, AuditKind kind, int actorId, DateTime at, string? reason = null) => new()
    {
        At = at,
        ActorId = actorId,
        Kind = kind,
        SubmissionId = submission.Id,
        StudentId = submission.UserId,
        ExerciseId = submission.ExerciseId,
        Reason = reason,
    };
}
