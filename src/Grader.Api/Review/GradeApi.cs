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

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (changed, problem) = await GradeChanges.ApplyAsync(db, submission, request, context.User.UserId(), clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        context.Response.Headers.ETag = ETags.For(changed!);
        return TypedResults.Ok(changed!);
    }
}
