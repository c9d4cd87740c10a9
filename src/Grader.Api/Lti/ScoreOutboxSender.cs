using System.Globalization;
using Grader.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Lti;

/// <summary>
/// Sends the outbox's scores to the LMS, in the processes that serve HTTP (roles All and Api: they already speak to
/// platforms for launches). Any number of processes may run it: a score is claimed by one statement (PostgreSQL:
/// <c>FOR UPDATE SKIP LOCKED</c>; SQLite: its write lock), with a lease, and only when no earlier score of the same line
/// item and user is still waiting or being sent, so scores of one student's line item go out one at a time, in order.
/// Each score gets its <c>timestamp</c> when first sent, later than every earlier one of its line item and user, and
/// keeps it for retries (an equal timestamp is a re-send to the LMS). No answer, a 5xx or a 429 is tried again after
/// a pause that doubles (<see cref="LtiOptions.FirstRetrySeconds"/> up to <see cref="LtiOptions.MaxRetrySeconds"/>); any other refusal marks the score failed for an instructor.
/// </summary>
internal sealed partial class ScoreOutboxSender(
    IServiceScopeFactory scopes, Ags ags, TimeProvider clock, IOptions<LtiOptions> options, ILogger<ScoreOutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            bool sent;
            try
            {
                sent = await SendNextAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (TransientDatabaseErrors.Find(error) is not null)
            {
                // The database is away: the claimed score's lease runs out and it is sent later, by any process.
                sent = false;
            }

            if (!sent)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims and sends one score; false when none is due.</summary>
    internal async Task<bool> SendNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (await ClaimAsync(db, now) is not { } id)
        {
            return false;
        }

        var score = await db.LtiScores.Include(s => s.ResourceLink).ThenInclude(l => l.Context).ThenInclude(c => c.Platform)
            .FirstAsync(s => s.Id == id, CancellationToken.None);
        var attempt = score.Attempts;
        score.Timestamp ??= await NextTimestampAsync(db, score, now);
        await db.SaveChangesAsync(CancellationToken.None);

        var link = score.ResourceLink;
        try
        {
            if (link.LineItemUrl is null)
            {
                throw new LtiServiceException("The resource link has no line item any more.", retry: false);
            }

            await ags.PostScoreAsync(db, link.Context.Platform, link.LineItemUrl, new ScoreMessage(
                score.Subject, score.ScoreGiven, score.ScoreMaximum, "Completed", "FullyGraded",
                score.Timestamp.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), score.Comment), cancellationToken);
            await FinishAsync(db, id, attempt, set => set
                .SetProperty(s => s.Status, LtiScoreStatus.Sent)
                .SetProperty(s => s.SentAt, clock.GetUtcNow().UtcDateTime)
                .SetProperty(s => s.LeaseExpiresAt, (DateTime?)null)
                .SetProperty(s => s.LastError, (string?)null));
            LogSent(logger, id, score.UserId, link.LineItemUrl);
        }
        catch (LtiServiceException error)
        {
            var message = error.Message.Length > LtiScore.ErrorLength ? error.Message[..LtiScore.ErrorLength] : error.Message;
            var retryAt = clock.GetUtcNow().UtcDateTime + Backoff(attempt);
            await FinishAsync(db, id, attempt, set => set
                .SetProperty(s => s.Status, error.Retry ? LtiScoreStatus.Pending : LtiScoreStatus.Failed)
                .SetProperty(s => s.NextAttemptAt, retryAt)
                .SetProperty(s => s.LeaseExpiresAt, (DateTime?)null)
                .SetProperty(s => s.LastError, message));
            LogNotSent(logger, id, attempt, error.Retry, message);
        }

        return true;
    }

    /// <summary>The claim: the oldest due score whose line item and user have no earlier score waiting or being sent.</summary>
    private async Task<long?> ClaimAsync(GraderDb db, DateTime now)
    {
        var skipLocked = db.Database.IsNpgsql() ? "FOR UPDATE OF o SKIP LOCKED" : "";
        var sql = $$"""
            UPDATE "LtiScores" SET "Status" = {0}, "Attempts" = "Attempts" + 1, "LeaseExpiresAt" = {1}
            WHERE "Id" = (
                SELECT o."Id" FROM "LtiScores" o
                WHERE ((o."Status" = {2} AND o."NextAttemptAt" <= {3}) OR (o."Status" = {0} AND o."LeaseExpiresAt" < {3}))
                  AND NOT EXISTS (
                    SELECT 1 FROM "LtiScores" e
                    WHERE e."ResourceLinkId" = o."ResourceLinkId" AND e."UserId" = o."UserId" AND e."Id" < o."Id"
                      AND (e."Status" = {2} OR e."Status" = {0}))
                ORDER BY o."Id"
                LIMIT 1
                {{skipLocked}})
            RETURNING "Id" AS "Value"
            """;
        var ids = await db.Database.SqlQueryRaw<long>(sql, nameof(LtiScoreStatus.Sending), now.AddSeconds(options.Value.SendLeaseSeconds),
            nameof(LtiScoreStatus.Pending), now).ToListAsync(CancellationToken.None);
        return ids is [var id] ? id : null;
    }

    /// <summary>Later than every earlier score of the same line item and user, in whole milliseconds.</summary>
    private static async Task<DateTime> NextTimestampAsync(GraderDb db, LtiScore score, DateTime now)
    {
        var previous = await db.LtiScores.Where(s => s.ResourceLinkId == score.ResourceLinkId && s.UserId == score.UserId && s.Id != score.Id && s.Timestamp != null)
            .MaxAsync(s => s.Timestamp, CancellationToken.None);
        var candidate = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        return previous is { } last && candidate <= last ? last.AddMilliseconds(1) : candidate;
    }

    private TimeSpan Backoff(int attempt)
    {
        var seconds = options.Value.FirstRetrySeconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, options.Value.MaxRetrySeconds));
    }

    /// <summary>Only the claim that still holds the score may finish it (a sender whose lease ran out changes nothing).</summary>
    private static Task<int> FinishAsync(
        GraderDb db, long id, int attempt, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<LtiScore>> set) =>
        db.LtiScores.Where(s => s.Id == id && s.Attempts == attempt && s.Status == LtiScoreStatus.Sending).ExecuteUpdateAsync(set, CancellationToken.None);

    [LoggerMessage(Level = LogLevel.Information, Message = "Score {ScoreId} of user {UserId} sent to {LineItem}.")]
    private static partial void LogSent(ILogger logger, long scoreId, int userId, string lineItem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Score {ScoreId} not sent (attempt {Attempt}; retried: {Retry}): {Reason}")]
    private static partial void LogNotSent(ILogger logger, long scoreId, int attempt, bool retry, string reason);
}
