using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Grader.Api.Data;
using Grader.Api.Review;
using Grader.Api.Submissions;
using Grader.Exercises;

namespace Grader.Api.RegradeRequests;

/// <summary>A student's request that a TA look at their submission again.</summary>
/// <param name="Message">What you think is wrong with the grade, and why (Markdown).</param>
/// <param name="CaseIndex">The case it is about, from 0 as <c>index</c> in the submission's cases; leave out for the whole submission.</param>
public sealed record RegradeRequestBody(
    [property: Required, StringLength(RegradeRequest.TextLength, MinimumLength = 1), RegularExpression(TextRules.NoNul, ErrorMessage = TextRules.NoNulMessage)] string Message,
    [property: Range(0, int.MaxValue)] int? CaseIndex);

/// <summary>A TA's answer, and optionally a change of the grade's TA layer (as PUT /submissions/{id}/grade: send its ETag in If-Match).</summary>
/// <param name="Answer">What the student reads (Markdown).</param>
/// <param name="Grade">An adjustment or override with its reason; leave out to keep the grade as it is.</param>
public sealed record ResolveRegradeRequest(
    [property: Required, StringLength(RegradeRequest.TextLength, MinimumLength = 1), RegularExpression(TextRules.NoNul, ErrorMessage = TextRules.NoNulMessage)] string Answer,
    GradeChangeRequest? Grade);

/// <param name="CaseIndex">The case it is about, from 0 (null: the whole submission).</param>
/// <param name="StatusText">The status in the request's language (Accept-Language: en or zh-TW).</param>
/// <param name="Answer">The TA's answer, once resolved.</param>
/// <param name="GradeChanged">Whether the TA changed the grade when resolving it (the grade's layers and history show how).</param>
public sealed record RegradeRequestResponse(
    long Id,
    long SubmissionId,
    string ExerciseId,
    SubmissionOwner Student,
    int? CaseIndex,
    string Message,
    RegradeStatus Status,
    string StatusText,
    DateTime CreatedAt,
    string? Answer,
    SubmissionOwner? ResolvedBy,
    DateTime? ResolvedAt,
    bool GradeChanged);

internal sealed record RegradeRow(
    long Id, long SubmissionId, string ExerciseId, SubmissionOwner Student, int? CaseIndex, string Message, RegradeStatus Status,
    DateTime CreatedAt, string? Answer, SubmissionOwner? ResolvedBy, DateTime? ResolvedAt, bool GradeChanged);

/// <summary>What the audit trail keeps of a request and of its answer.</summary>
internal sealed record RegradeSnapshot(long RegradeRequestId, int? CaseIndex, string Message, string? Answer, bool GradeChanged);

internal static class RegradeMapping
{
    /// <summary>The columns a response needs, selected in SQL.</summary>
    public static readonly Expression<Func<RegradeRequest, RegradeRow>> Row = r => new RegradeRow(
        r.Id,
        r.SubmissionId,
        r.Submission.ExerciseId,
        new SubmissionOwner(r.Student.Id, r.Student.UserName, r.Student.DisplayName),
        r.CaseIndex,
        r.Message,
        r.Status,
        r.CreatedAt,
        r.Answer,
        r.ResolvedBy == null ? null : new SubmissionOwner(r.ResolvedBy.Id, r.ResolvedBy.UserName, r.ResolvedBy.DisplayName),
        r.ResolvedAt,
        r.GradeChanged);

    public static RegradeRequestResponse AsResponse(this RegradeRow row, string language) => new(
        row.Id, row.SubmissionId, row.ExerciseId, row.Student, row.CaseIndex, row.Message, row.Status,
        StatusText(row.Status, row.GradeChanged).In(language), row.CreatedAt, row.Answer, row.ResolvedBy, row.ResolvedAt, row.GradeChanged);

    public static RegradeSnapshot Snapshot(this RegradeRequest request) =>
        new(request.Id, request.CaseIndex, request.Message, request.Answer, request.GradeChanged);

    private static LocalizedText StatusText(RegradeStatus status, bool gradeChanged) => status switch
    {
        RegradeStatus.Open => new("Waiting for a TA's answer.", "等待助教回覆。"),
        _ when gradeChanged => new("A TA answered and changed the grade.", "助教已回覆，並調整了成績。"),
        _ => new("A TA answered; the grade stays as it was.", "助教已回覆；成績維持不變。"),
    };
}
