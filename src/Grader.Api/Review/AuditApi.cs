using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Http;
using Grader.Api.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Review;

/// <summary>Reading the audit trail: one submission's history, and the whole trail for instructors.</summary>
internal static class AuditApi
{
    private const int MaxPage = 1_000_000;

    /// <summary>What a student may see of their own submission's history: the grade's changes (by a TA or an applied rejudge) and their regrade requests, never a comment's (a private note's content least of all).</summary>
    private static readonly AuditKind[] StudentKinds = [AuditKind.GradeChanged, AuditKind.RejudgeApplied, AuditKind.RegradeRequested, AuditKind.RegradeResolved];

    /// <param name="submissionId">The submission.</param>
    internal static async Task<Results<Ok<List<AuditEventResponse>>, ProblemHttpResult>> History(
        long submissionId, HttpContext context, GraderDb db, CancellationToken cancellationToken)
    {
        if (!await SubmissionsApi.Visible(db.Submissions, context).AnyAsync(s => s.Id == submissionId, cancellationToken))
        {
            return ReviewProblems.UnknownSubmission(submissionId);
        }

        var staff = context.User.IsStaff();
        var rows = await db.AuditEvents.AsNoTracking()
            .Where(a => a.SubmissionId == submissionId && (staff || StudentKinds.Contains(a.Kind)))
            .OrderBy(a => a.Id).Select(AuditMapping.Row).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => r.AsResponse()).ToList());
    }

    /// <param name="userId">Only events concerning this student or made by this user.</param>
    /// <param name="exerciseId">Only events about this exercise's submissions.</param>
    /// <param name="assignmentId">Only events about this assignment (extensions, pinned submissions).</param>
    /// <param name="page">1-based.</param>
    /// <param name="pageSize">1 to 100.</param>
    internal static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> List(
        GraderDb db,
        CancellationToken cancellationToken,
        int? userId = null,
        string? exerciseId = null,
        string? assignmentId = null,
        int page = 1,
        int pageSize = 50)
    {
        if (page < 1 || page > MaxPage || pageSize is < 1 or > 100)
        {
            return ReviewProblems.BadPaging.With(MaxPage, page, pageSize);
        }

        if (exerciseId is not null && !Slugs.IsValid(exerciseId) || assignmentId is not null && !Slugs.IsValid(assignmentId))
        {
            return ReviewProblems.BadAuditFilter.With();
        }

        var query = db.AuditEvents.AsNoTracking();
        if (userId is { } user)
        {
            query = query.Where(a => a.StudentId == user || a.ActorId == user);
        }

        if (exerciseId is not null)
        {
            query = query.Where(a => a.ExerciseId == exerciseId);
        }

        if (assignmentId is not null)
        {
            query = query.Where(a => a.AssignmentId == assignmentId);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(AuditMapping.Row).ToListAsync(cancellationToken);
        return TypedResults.Ok(new AuditPage([.. rows.Select(r => r.AsResponse())], page, pageSize, total));
    }
}
