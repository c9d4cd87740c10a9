using System.Linq.Expressions;
using System.Text.Json;
using Grader.Api.Data;
using Grader.Api.Submissions;

namespace Grader.Api.Review;

/// <summary>One change in the audit trail.</summary>
/// <param name="Actor">Who made the change.</param>
/// <param name="StudentId">The student it concerns.</param>
/// <param name="Before">The state before (a grade's layers and final score, a comment, a due date); null for something new.</param>
/// <param name="After">The state after; null for something deleted.</param>
public sealed record AuditEventResponse(
    long Id,
    DateTime At,
    SubmissionOwner Actor,
    AuditKind Kind,
    long? SubmissionId,
    int? StudentId,
    string? ExerciseId,
    string? AssignmentId,
    long? CommentId,
    JsonElement? Before,
    JsonElement? After,
    string? Reason);

public sealed record AuditPage(IReadOnlyList<AuditEventResponse> Items, int Page, int PageSize, int TotalCount);

internal static class AuditMapping
{
    /// <summary>The columns a response needs, selected in SQL.</summary>
    public static readonly Expression<Func<AuditEvent, AuditRow>> Row = a => new AuditRow(
        a.Id, a.At, new SubmissionOwner(a.Actor.Id, a.Actor.UserName, a.Actor.DisplayName), a.Kind, a.SubmissionId, a.StudentId,
        a.ExerciseId, a.AssignmentId, a.CommentId, a.Before, a.After, a.Reason);

    public static AuditEventResponse AsResponse(this AuditRow row) => new(
        row.Id, row.At, row.Actor, row.Kind, row.SubmissionId, row.StudentId, row.ExerciseId, row.AssignmentId, row.CommentId,
        Parse(row.Before), Parse(row.After), row.Reason);

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}

internal sealed record AuditRow(
    long Id, DateTime At, SubmissionOwner Actor, AuditKind Kind, long? SubmissionId, int? StudentId, string? ExerciseId,
    string? AssignmentId, long? CommentId, string? Before, string? After, string? Reason);
