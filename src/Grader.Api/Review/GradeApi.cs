using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Review;

/// <summary>A submission's grade as layers, and the TA's changes to it under optimistic concurrency.</summary>
internal static class GradeApi
{
    /// <param name="submissionId">The submission whose grade it is.</param>
    internal static async Task<Results<Ok<GradeResponse>, ProblemHttpResult>> Get(
        long submissionId, HttpContext context, GraderDb db, CancellationToken cancellationToken)
    {
        var submission = await SubmissionsApi.Visible(db.Submissions.AsNoTracking(), context).FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null)
        {
            return ReviewProblems.UnknownSubmission(submissionId);
        }

        var grade = submission.AsGrade();
        context.Response.Headers.ETag = ETags.For(grade);
        return TypedResults.Ok(grade);
    }

    /// <param name="submissionId">The submission whose grade changes.</param>
    /// <param name="request">An adjustment, or an override, or neither (clears the TA's layer); always a reason.</param>
    internal static async Task<Results<Ok<GradeResponse>, ProblemHttpResult>> Put(
        long submissionId, GradeChangeRequest request, HttpContext context, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null)
        {
            return ReviewProblems.UnknownSubmission(submissionId);
        }

        if (ETags.Check(context.Request, submission.AsGrade()) is { } precondition)
        {
            return precondition;
        }

        if (submission.Status != SubmissionStatus.Completed || submission.MaxScore is not { } max)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not graded yet",
                detail: $"Submission {submissionId} is {submission.Status.ToString().ToLowerInvariant()}: its grade can change once the autograder has scored it.");
        }

        if (Invalid(request, max) is { } invalid)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad grade change", detail: invalid);
        }

        var before = Grades.Snapshot(submission.Score, max, submission.Layers);
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = context.User.UserId();
        var reason = request.Reason.Trim();

        // The update counts only if the grade is still what was read: each TA change increments the version, and a
        // rejudge changes the autograder's score. A TA deciding again answers a rejudge's flag.
        var version = submission.Layers.Version;
        var auto = submission.Score;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var updated = await db.Submissions.Where(s => s.Id == submissionId && s.Layers.Version == version && s.Score == auto)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Layers.Adjustment, request.Adjustment)
                .SetProperty(s => s.Layers.Override, request.Override)
                .SetProperty(s => s.Layers.Reason, reason)
                .SetProperty(s => s.Layers.Version, version + 1)
                .SetProperty(s => s.Layers.ChangedAt, now)
                .SetProperty(s => s.Layers.ChangedById, actor)
                .SetProperty(s => s.RejudgeFlagId, (long?)null)
                .SetProperty(s => s.RejudgeFlagFinal, (int?)null), cancellationToken);
        if (updated == 0)
        {
            var current = await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == submissionId, cancellationToken);
            return ETags.Changed(current.AsGrade());
        }

        submission.Layers = new GradeLayers
        {
            Adjustment = request.Adjustment,
            Override = request.Override,
            Reason = reason,
            Version = version + 1,
            ChangedAt = now,
            ChangedById = actor,
        };
        AuditLog.Add(db, AuditLog.About(submission, AuditKind.GradeChanged, actor, now, reason), before, Grades.Snapshot(submission.Score, max, submission.Layers));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var changed = submission.AsGrade();
        context.Response.Headers.ETag = ETags.For(changed);
        return TypedResults.Ok(changed);
    }

    private static string? Invalid(GradeChangeRequest request, int max)
    {
        if (request.Adjustment is not null && request.Override is not null)
        {
            return "Send an adjustment or an override, not both (an override decides the final score alone).";
        }

        if (request.Override is { } score && (score < 0 || score > max))
        {
            return $"An override is a final score from 0 to {max} (got {score}).";
        }

        return request.Adjustment is { } points && (points == 0 || Math.Abs(points) > max)
            ? $"An adjustment is from -{max} to {max} points, not 0 (got {points}); to remove one, send neither adjustment nor override."
            : null;
    }
}
