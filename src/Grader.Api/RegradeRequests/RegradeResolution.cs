using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Http;
using Grader.Api.Review;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.RegradeRequests;

/// <summary>
/// A TA answers a regrade request and resolves it, optionally changing the grade through its layers (the same rules
/// as PUT /submissions/{id}/grade: If-Match with the grade's ETag, 412 on a collision). The answer, the grade change
/// and their audit events are one transaction; of two TAs resolving at once, one wins and the other gets 409.
/// </summary>
internal static class RegradeResolution
{
    /// <param name="requestId">An open regrade request.</param>
    /// <param name="request">The answer, and optionally the grade change.</param>
    internal static async Task<Results<Ok<RegradeRequestResponse>, ProblemHttpResult>> Resolve(
        long requestId, ResolveRegradeRequest request, HttpContext context, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (result, etag) = await ResolveAsync(
            requestId, request, context.Request.GetTypedHeaders().IfMatch, context.User.UserId(), Language.Negotiate(context), db, clock, cancellationToken);
        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
        }

        return result;
    }

    /// <summary>The resolution itself, for the API and the TA's page alike: <paramref name="ifMatch"/> as If-Match sends it.</summary>
    /// <returns>The result, and the grade's new ETag when the grade changed.</returns>
    internal static async Task<(Results<Ok<RegradeRequestResponse>, ProblemHttpResult> Result, string? ETag)> ResolveAsync(
        long requestId, ResolveRegradeRequest request, IList<Microsoft.Net.Http.Headers.EntityTagHeaderValue> ifMatch, int actor, string language,
        GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var regrade = await db.RegradeRequests.AsNoTracking().Include(r => r.Submission).FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (regrade is null)
        {
            return (RegradeRequestsApi.Unknown(requestId), null);
        }

        if (regrade.Status != RegradeStatus.Open)
        {
            return (Resolved(requestId), null);
        }

        if (request.Grade is { } change && string.IsNullOrWhiteSpace(change.Reason))
        {
            return (RegradeProblems.NoReason.With(), null);
        }

        var submission = regrade.Submission;
        if (request.Grade is not null && ETags.Check(ifMatch, submission.AsGrade()) is { } precondition)
        {
            return (precondition, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var answer = request.Answer.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var closed = await db.RegradeRequests.Where(r => r.Id == requestId && r.Status == RegradeStatus.Open).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Status, RegradeStatus.Resolved)
            .SetProperty(r => r.Answer, answer)
            .SetProperty(r => r.ResolvedById, actor)
            .SetProperty(r => r.ResolvedAt, now)
            .SetProperty(r => r.GradeChanged, request.Grade != null), cancellationToken);
        if (closed == 0)
        {
            return (Resolved(requestId), null);
        }

        string? etag = null;
        if (request.Grade is { } grade)
        {
            var (changed, problem) = await GradeChanges.ApplyAsync(db, submission, grade, actor, now, cancellationToken);
            if (problem is not null)
            {
                return (problem, null);
            }

            etag = ETags.For(changed!);
        }

        var before = regrade.Snapshot();
        regrade.Answer = answer;
        regrade.GradeChanged = request.Grade is not null;
        AuditLog.Add(db, AuditLog.About(submission, AuditKind.RegradeResolved, actor, now, request.Grade?.Reason.Trim()), before, regrade.Snapshot());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var row = await db.RegradeRequests.AsNoTracking().Where(r => r.Id == requestId).Select(RegradeMapping.Row).FirstAsync(cancellationToken);
        return (TypedResults.Ok(row.AsResponse(language)), etag);
    }

    private static ProblemHttpResult Resolved(long requestId) =>
        RegradeProblems.AlreadyResolved.With(requestId);
}
