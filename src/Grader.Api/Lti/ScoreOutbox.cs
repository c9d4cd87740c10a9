using Grader.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Grader.Api.Lti;

/// <summary>
/// The writing side of the LMS outbox: every change of a student's counted score adds a score row in the same
/// transaction as the change, for each resource link with a line item that shows that score (a link to the exercise,
/// or to an assignment holding it, in a course the student is an active member of). A score that did not change is not
/// sent again (a re-push could overwrite what an instructor typed in the LMS). The caller saves and commits.
/// </summary>
internal static class ScoreOutbox
{
    /// <summary>
    /// The grader's store of a grade (<paramref name="grade"/> applied to <paramref name="holding"/>, the submission while
    /// this grader holds it) and, when a line item shows this student's score for the exercise, its score rows, in one
    /// transaction. True when the grade was stored (false: the claim is no longer this grader's).
    /// </summary>
    public static async Task<bool> WithScoresAsync(
        GraderDb db, Submission submission, DateTime now, IQueryable<Submission> holding, Action<UpdateSettersBuilder<Submission>> grade)
    {
        // Most grades are shown by no line item: one statement stores them, on condition that none shows this one (a link
        // made meanwhile fails the condition, and the grade takes the transaction below).
        var links = Links(db, submission.UserId, submission.ExerciseId);
        if (await holding.Where(_ => !links.Any()).ExecuteUpdateAsync(grade, CancellationToken.None) == 1)
        {
            return true;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        if (await holding.ExecuteUpdateAsync(grade, CancellationToken.None) != 1)
        {
            return false;
        }

        await EnqueueAsync(db, submission.UserId, submission.ExerciseId, submission.Id, now, CancellationToken.None);
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return true;
    }

    /// <summary>The score rows for many changed submissions (a rejudge applied), once per student and exercise.</summary>
    public static async Task EnqueueAllAsync(GraderDb db, IEnumerable<Submission> submissions, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var (userId, exerciseId) in submissions.Select(s => (s.UserId, s.ExerciseId)).Distinct().ToList())
        {
            await EnqueueAsync(db, userId, exerciseId, null, now, cancellationToken);
        }
    }

    /// <summary>Adds the score rows for this student's changed grade on this exercise (after the change is written).</summary>
    public static async Task EnqueueAsync(GraderDb db, int userId, string exerciseId, long? submissionId, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var link in await Links(db, userId, exerciseId).Include(l => l.Context).ToListAsync(cancellationToken))
        {
            await EnqueueAsync(db, link, userId, submissionId, now, cancellationToken);
        }
    }

    /// <summary>
    /// Adds the score rows for this student's changed standing in one assignment, where no grade changed (an extension
    /// moves their deadline, a pin chooses the submission that counts): the links to that assignment. After the change
    /// is written; the caller saves and commits.
    /// </summary>
    public static async Task EnqueueForAssignmentAsync(GraderDb db, int userId, string assignmentId, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var link in await LinksShowing(db, userId).Where(l => l.AssignmentId == assignmentId).Include(l => l.Context).ToListAsync(cancellationToken))
        {
            await EnqueueAsync(db, link, userId, null, now, cancellationToken);
        }
    }

    /// <summary>Adds a score row for one link and student when their counted score differs from the last one queued.</summary>
    /// <returns>The row added, or null (nothing to send: no account on the platform, no graded submission, or no change).</returns>
    public static async Task<LtiScore?> EnqueueAsync(
        GraderDb db, LtiResourceLink link, int userId, long? submissionId, DateTime now, CancellationToken cancellationToken, bool evenIfUnchanged = false)
    {
        var subject = await db.LtiAccounts.AsNoTracking().Where(a => a.PlatformId == link.Context.PlatformId && a.UserId == userId)
            .Select(a => a.Subject).FirstOrDefaultAsync(cancellationToken);
        if (subject is null || await CountedScores.ForAsync(db, link, userId, cancellationToken) is not { } score)
        {
            return null;
        }

        var comment = score.Comment.Length > LtiScore.CommentLength ? score.Comment[..LtiScore.CommentLength] : score.Comment;
        var last = await db.LtiScores.AsNoTracking().Where(s => s.ResourceLinkId == link.Id && s.UserId == userId)
            .OrderByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (!evenIfUnchanged && last is not null && last.ScoreGiven == score.Given && last.ScoreMaximum == score.Maximum && last.Comment == comment)
        {
            return null;
        }

        var row = new LtiScore
        {
            ResourceLinkId = link.Id,
            UserId = userId,
            Subject = subject,
            ScoreGiven = score.Given,
            ScoreMaximum = score.Maximum,
            Comment = comment,
            SubmissionId = submissionId,
            Status = LtiScoreStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.LtiScores.Add(row);
        return row;
    }

    private static IQueryable<LtiResourceLink> Links(GraderDb db, int userId, string exerciseId) =>
        LinksShowing(db, userId).Where(l =>
            l.ExerciseId == exerciseId || db.Set<AssignmentExercise>().Any(e => e.AssignmentId == l.AssignmentId && e.ExerciseId == exerciseId));

    /// <summary>The links with a line item in a course the student is an active member of.</summary>
    private static IQueryable<LtiResourceLink> LinksShowing(GraderDb db, int userId) =>
        db.LtiResourceLinks.AsNoTracking().Where(l => l.LineItemUrl != null
            && db.LtiMemberships.Any(m => m.ContextId == l.ContextId && m.UserId == userId && m.Active));
}
