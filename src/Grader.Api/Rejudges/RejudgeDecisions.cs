using System.Text.Json;
using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Review;
using Grader.Exercises.Grading;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Rejudges;

/// <summary>
/// Applying a rejudge (every new result at once, in one transaction) or cancelling it. Whichever comes first wins: the
/// rejudge's state changes by a conditional update, so a second apply or cancel gets 409 and changes nothing.
/// </summary>
internal static class RejudgeDecisions
{
    /// <param name="rejudgeId">A rejudge whose submissions are all graded again.</param>
    internal static async Task<Results<Ok<RejudgeResponse>, ProblemHttpResult>> Apply(
        long rejudgeId, HttpContext context, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var rejudge = await db.Rejudges.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rejudgeId, cancellationToken);
        if (rejudge is null)
        {
            return RejudgesApi.Unknown(rejudgeId);
        }

        if (rejudge.State != RejudgeState.Open)
        {
            return Closed(rejudge);
        }

        var pending = await db.RejudgeItems.CountAsync(i => i.RejudgeId == rejudgeId && i.Status != RejudgeItemStatus.Completed, cancellationToken);
        if (pending > 0)
        {
            return RejudgeProblems.NotFinished.With(pending, rejudgeId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = context.User.UserId();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await CloseAsync(db, rejudgeId, RejudgeState.Applied, now, actor, cancellationToken))
        {
            return Closed(await db.Rejudges.AsNoTracking().FirstAsync(r => r.Id == rejudgeId, cancellationToken));
        }

        var reason = rejudge.Reason is { } why ? $"Rejudge {rejudgeId}: {why}" : $"Rejudge {rejudgeId}";
        var items = await db.RejudgeItems.Include(i => i.Submission).Where(i => i.RejudgeId == rejudgeId).ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            Replace(db, item, rejudgeId, actor, now, reason);
        }

        await db.SaveChangesAsync(cancellationToken);
        await Lti.ScoreOutbox.EnqueueAllAsync(db, items.Select(i => i.Submission), now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok((await RejudgeViews.LoadAsync(db, rejudgeId, cancellationToken))!);
    }

    /// <param name="rejudgeId">An open rejudge.</param>
    internal static async Task<Results<Ok<RejudgeResponse>, ProblemHttpResult>> Cancel(
        long rejudgeId, HttpContext context, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await CloseAsync(db, rejudgeId, RejudgeState.Cancelled, now, context.User.UserId(), cancellationToken))
        {
            var rejudge = await db.Rejudges.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rejudgeId, cancellationToken);
            return rejudge is null ? RejudgesApi.Unknown(rejudgeId) : Closed(rejudge);
        }

        // Waiting items leave the queue; a running one's grader finds its claim gone and stores nothing.
        await db.RejudgeItems.Where(i => i.RejudgeId == rejudgeId && i.Status != RejudgeItemStatus.Completed)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, RejudgeItemStatus.Cancelled).SetProperty(i => i.LeaseExpiresAt, (DateTime?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok((await RejudgeViews.LoadAsync(db, rejudgeId, cancellationToken))!);
    }

    /// <summary>
    /// Replaces only the autograder's layer of the item's submission; the TA's layers stay. A new score below the
    /// final score a TA reviewed flags the submission for them; a change of verdict or score is an audit event.
    /// </summary>
    private static void Replace(GraderDb db, RejudgeItem item, long rejudgeId, int actor, DateTime now, string reason)
    {
        var submission = item.Submission;
        var before = Grades.Snapshot(submission.Score, submission.MaxScore, submission.Layers);
        var oldVerdict = submission.Verdict;
        var changed = oldVerdict != item.Verdict || submission.Score != item.Score || submission.MaxScore != item.MaxScore;

        item.OldVerdict = oldVerdict;
        item.OldScore = submission.Score;
        item.Flagged = RejudgeViews.WouldFlag(submission.Layers, item.Score, before.Final);
        submission.Verdict = item.Verdict;
        submission.Score = item.Score;
        submission.MaxScore = item.MaxScore;
        submission.Report = item.Report;
        submission.CatalogVersion = item.CatalogVersion ?? submission.CatalogVersion;
        submission.CompileMs = item.CompileMs;
        submission.RunMs = item.RunMs;
        if (item.Flagged)
        {
            submission.RejudgeFlagId = rejudgeId;
            submission.RejudgeFlagFinal = before.Final;
        }

        if (changed)
        {
            var after = Grades.Snapshot(submission.Score, submission.MaxScore, submission.Layers);
            AuditLog.Add(db, AuditLog.About(submission, AuditKind.RejudgeApplied, actor, now, reason), Snapshot(oldVerdict, before), Snapshot(submission.Verdict, after));
        }
    }

    private static RejudgeSnapshot Snapshot(Verdict? verdict, GradeSnapshot grade) => new(
        verdict is { } v ? JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()) : null, grade.Auto, grade.Adjustment, grade.Override, grade.Final);

    private static async Task<bool> CloseAsync(GraderDb db, long rejudgeId, RejudgeState state, DateTime now, int actor, CancellationToken cancellationToken) =>
        await db.Rejudges.Where(r => r.Id == rejudgeId && r.State == RejudgeState.Open).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.State, state)
            .SetProperty(r => r.ClosedAt, now)
            .SetProperty(r => r.ClosedById, actor), cancellationToken) == 1;

    private static ProblemHttpResult Closed(Rejudge rejudge) =>
        RejudgeProblems.Closed.With(rejudge.State == RejudgeState.Applied ? RejudgeProblems.Applied : RejudgeProblems.Cancelled, rejudge.Id);
}
