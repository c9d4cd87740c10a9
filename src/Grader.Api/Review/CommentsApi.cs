using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Review;

/// <summary>
/// Comments on a submission, by staff and by the student whose submission it is. Students never see private ones;
/// only a comment's author may edit or delete it; every change is an audit event.
/// </summary>
internal static class CommentsApi
{
    /// <param name="submissionId">The submission commented on.</param>
    internal static async Task<Results<Ok<List<CommentResponse>>, ProblemHttpResult>> List(
        long submissionId, HttpContext context, GraderDb db, CancellationToken cancellationToken)
    {
        if (!await SubmissionsApi.Visible(db.Submissions, context).AnyAsync(s => s.Id == submissionId, cancellationToken))
        {
            return ReviewProblems.UnknownSubmission(submissionId);
        }

        return TypedResults.Ok(await ListAsync(db, submissionId, context.User.IsStaff(), cancellationToken));
    }

    /// <summary>A submission's comments in order, private ones only for staff.</summary>
    public static async Task<List<CommentResponse>> ListAsync(GraderDb db, long submissionId, bool staff, CancellationToken cancellationToken)
    {
        var comments = await db.Comments.AsNoTracking().Include(c => c.Author)
            .Where(c => c.SubmissionId == submissionId && (staff || !c.Private))
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return [.. comments.Select(c => c.AsResponse())];
    }

    /// <param name="submissionId">The submission commented on.</param>
    /// <param name="commentId">The comment.</param>
    internal static async Task<Results<Ok<CommentResponse>, ProblemHttpResult>> Get(
        long submissionId, long commentId, HttpContext context, GraderDb db, CancellationToken cancellationToken)
    {
        var comment = await FindAsync(db, context, submissionId, commentId, cancellationToken);
        return comment is null ? ReviewProblems.UnknownComment(submissionId, commentId) : TypedResults.Ok(comment.AsResponse());
    }

    /// <param name="submissionId">The submission to comment on (your own, if you are a student).</param>
    /// <param name="request">The comment.</param>
    internal static async Task<Results<Created<CommentResponse>, ProblemHttpResult>> Add(
        long submissionId, CommentRequest request, HttpContext context, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var submission = await SubmissionsApi.Visible(db.Submissions.AsNoTracking(), context).FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null)
        {
            return ReviewProblems.UnknownSubmission(submissionId);
        }

        if (Refused(request, submission, context) is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = context.User.UserId();
        var comment = new SubmissionComment
        {
            SubmissionId = submissionId,
            AuthorId = actor,
            Line = request.Line,
            Body = request.Body,
            Private = request.Private,
            CreatedAt = now,
        };

        // The comment and its audit event land together (the event needs the comment's id).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        var audit = AuditLog.About(submission, AuditKind.CommentAdded, actor, now);
        audit.CommentId = comment.Id;
        AuditLog.Add(db, audit, null, comment.Snapshot());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await db.Entry(comment).Reference(c => c.Author).LoadAsync(cancellationToken);
        return TypedResults.Created($"/submissions/{submissionId}/comments/{comment.Id}", comment.AsResponse());
    }

    /// <param name="submissionId">The submission commented on.</param>
    /// <param name="commentId">Your comment.</param>
    /// <param name="request">The comment as it should read now.</param>
    internal static async Task<Results<Ok<CommentResponse>, ProblemHttpResult>> Edit(
        long submissionId, long commentId, CommentRequest request, HttpContext context, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var comment = await FindAsync(db, context, submissionId, commentId, cancellationToken);
        if (comment is null)
        {
            return ReviewProblems.UnknownComment(submissionId, commentId);
        }

        if ((NotAuthor(comment, context, ReviewProblems.Edit) ?? Refused(request, comment.Submission, context)) is { } refused)
        {
            return refused;
        }

        var before = comment.Snapshot();
        var now = clock.GetUtcNow().UtcDateTime;
        comment.Line = request.Line;
        comment.Body = request.Body;
        comment.Private = request.Private;
        comment.EditedAt = now;
        var audit = AuditLog.About(comment.Submission, AuditKind.CommentEdited, comment.AuthorId, now);
        audit.CommentId = comment.Id;
        AuditLog.Add(db, audit, before, comment.Snapshot());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(comment.AsResponse());
    }

    /// <param name="submissionId">The submission commented on.</param>
    /// <param name="commentId">Your comment.</param>
    internal static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        long submissionId, long commentId, HttpContext context, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var comment = await FindAsync(db, context, submissionId, commentId, cancellationToken);
        if (comment is null)
        {
            return ReviewProblems.UnknownComment(submissionId, commentId);
        }

        if (NotAuthor(comment, context, ReviewProblems.Delete) is { } refused)
        {
            return refused;
        }

        var audit = AuditLog.About(comment.Submission, AuditKind.CommentDeleted, comment.AuthorId, clock.GetUtcNow().UtcDateTime);
        audit.CommentId = comment.Id;
        AuditLog.Add(db, audit, comment.Snapshot(), null);
        db.Comments.Remove(comment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The comment if the caller may see it: on a submission they may see, and not private unless they are staff.</summary>
    private static Task<SubmissionComment?> FindAsync(GraderDb db, HttpContext context, long submissionId, long commentId, CancellationToken cancellationToken)
    {
        var staff = context.User.IsStaff();
        var visible = SubmissionsApi.Visible(db.Submissions, context).Select(s => s.Id);
        return db.Comments.Include(c => c.Author).Include(c => c.Submission)
            .FirstOrDefaultAsync(c => c.Id == commentId && c.SubmissionId == submissionId && visible.Contains(c.SubmissionId) && (staff || !c.Private), cancellationToken);
    }

    private static ProblemHttpResult? NotAuthor(SubmissionComment comment, HttpContext context, Grader.Exercises.LocalizedText action) =>
        comment.AuthorId == context.User.UserId()
            ? null
            : ReviewProblems.NotYourComment.With(action);

    private static ProblemHttpResult? Refused(CommentRequest request, Submission submission, HttpContext context)
    {
        if (request.Private && !context.User.IsStaff())
        {
            return ReviewProblems.PrivateForStaff.With();
        }

        var lines = CommentMapping.LineCount(submission.Code);
        return request.Line is { } line && line > lines
            ? ReviewProblems.NoSuchLine.With(lines, line)
            : null;
    }
}
