using Grader.Api.Data;
using Grader.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Lti;

/// <summary>Instructors see the outbox (what is waiting, sent or refused) and send a refused score again.</summary>
internal static class ScoreSyncApi
{
    /// <param name="status">pending, sending, sent or failed (any case); all when absent.</param>
    internal static async Task<Results<Ok<List<ScoreSyncResponse>>, ProblemHttpResult>> List(
        GraderDb db, CancellationToken cancellationToken, string? status = null)
    {
        LtiScoreStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<LtiScoreStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return LtiProblems.UnknownScoreStatus.With(status);
            }

            wanted = parsed;
        }

        var rows = await db.LtiScores.AsNoTracking().Include(s => s.ResourceLink)
            .Where(s => wanted == null || s.Status == wanted)
            .OrderByDescending(s => s.Id).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(AsResponse).ToList());
    }

    /// <param name="scoreId">A failed (or still pending) score.</param>
    internal static async Task<Results<Ok<ScoreSyncResponse>, ProblemHttpResult>> Resend(
        long scoreId, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var score = await db.LtiScores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == scoreId, cancellationToken);
        if (score is null)
        {
            return LtiProblems.UnknownScore.With(scoreId);
        }

        if (await db.LtiScores.AnyAsync(s => s.ResourceLinkId == score.ResourceLinkId && s.UserId == score.UserId && s.Id > score.Id, cancellationToken))
        {
            return LtiProblems.NewerScore.With(scoreId);
        }

        // A new timestamp: the LMS may have refused the old one as older than its own last change.
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.LtiScores.Where(s => s.Id == scoreId && (s.Status == LtiScoreStatus.Failed || s.Status == LtiScoreStatus.Pending))
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, LtiScoreStatus.Pending)
                .SetProperty(s => s.NextAttemptAt, now)
                .SetProperty(s => s.Timestamp, (DateTime?)null), cancellationToken);
        if (changed == 0)
        {
            return LtiProblems.NotResendable.With(scoreId, score.Status.ToString().ToLowerInvariant());
        }

        var updated = await db.LtiScores.AsNoTracking().Include(s => s.ResourceLink).FirstAsync(s => s.Id == scoreId, cancellationToken);
        return TypedResults.Ok(AsResponse(updated));
    }

    private static ScoreSyncResponse AsResponse(LtiScore s) => new(
        s.Id, s.Status, s.UserId, s.ResourceLink.ExerciseId, s.ResourceLink.AssignmentId, s.ResourceLink.LineItemUrl, s.ScoreGiven, s.ScoreMaximum,
        s.Comment, s.SubmissionId, s.Timestamp, s.Attempts, s.CreatedAt, s.NextAttemptAt, s.SentAt, s.LastError);
}

/// <summary>One score in the outbox.</summary>
/// <param name="Timestamp">The timestamp sent to the LMS (set at the first try).</param>
/// <param name="LastError">What the LMS (or the network) answered to the last try that failed.</param>
public sealed record ScoreSyncResponse(
    long Id,
    LtiScoreStatus Status,
    int UserId,
    string? ExerciseId,
    string? AssignmentId,
    string? LineItem,
    decimal ScoreGiven,
    decimal ScoreMaximum,
    string Comment,
    long? SubmissionId,
    DateTime? Timestamp,
    int Attempts,
    DateTime CreatedAt,
    DateTime NextAttemptAt,
    DateTime? SentAt,
    string? LastError);
