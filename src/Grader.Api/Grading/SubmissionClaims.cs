using Grader.Api.Data;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Grading;

/// <summary>
/// The graders' side of the database queue: claim the next submission (live before retries before rejudges, oldest
/// first), keep the claim's lease alive while it runs, and finish or give it back. A claim is a lease held by its
/// claim number (<see cref="Submission.Attempts"/>): only the current holder may extend, finish or release it, so a
/// grader whose lease ran out cannot overwrite the one that took over. A claim is one statement on both providers
/// (on PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c>, so graders never race for the same row).
/// </summary>
internal sealed class SubmissionClaims(IServiceScopeFactory scopes, IOptions<GradingOptions> options, TimeProvider clock)
{
    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    public async Task<Claim?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        // The choice and the update are one statement, so a claim made is known to be made. PostgreSQL skips rows
        // another grader is claiming at this moment instead of waiting for them; SQLite takes its write lock before
        // the statement reads, so two graders never pick the same row. Never cancelled, not even after it returns: a
        // claim made as the service stops is this grader's to give back, not to drop (it would wait out its lease).
        var sql = $$"""
            UPDATE "Submissions" SET "Status" = {0}, "Attempts" = "Attempts" + 1, "StartedAt" = {1}, "LeaseExpiresAt" = {2}
            WHERE "Id" = (
                SELECT "Id" FROM "Submissions"
                WHERE "Status" = {3} OR ("Status" = {0} AND "LeaseExpiresAt" < {1})
                ORDER BY "Priority", "Id"
                LIMIT 1
                {{(db.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED" : "")}})
            RETURNING "Id", "Attempts"
            """;
        var rows = await db.Database
            .SqlQueryRaw<ClaimedRow>(sql, nameof(SubmissionStatus.Running), now, now + Lease, nameof(SubmissionStatus.Queued))
            .ToListAsync(CancellationToken.None);
        if (rows is not [var claimed])
        {
            return null;
        }

        // Claimed: from here on the submission is this grader's to finish or give back, stopping or not. (EF cannot
        // read the whole row from the UPDATE itself: it maps the grade layers' columns by their default names there.)
        var submission = await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == claimed.Id, CancellationToken.None);
        return new Claim(submission, claimed.Attempts);
    }

    /// <summary>Extends the claim's lease; false when it is no longer this claim's (it ran out and was taken over).</summary>
    public async Task<bool> RenewAsync(Claim claim, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        var leaseEnd = clock.GetUtcNow().UtcDateTime + Lease;
        return await Holding(db, claim).ExecuteUpdateAsync(set => set.SetProperty(s => s.LeaseExpiresAt, leaseEnd), cancellationToken) == 1;
    }

    /// <summary>Stores the grade; false when the claim was no longer this grader's (nothing is written then).</summary>
    public async Task<bool> CompleteAsync(Claim claim, GradeReport report)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var json = ReportJson.Write(report);
        var stored = await Holding(db, claim).ExecuteUpdateAsync(
            set => set
                .SetProperty(s => s.Status, SubmissionStatus.Completed)
                .SetProperty(s => s.CompletedAt, now)
                .SetProperty(s => s.LeaseExpiresAt, (DateTime?)null)
                .SetProperty(s => s.CatalogVersion, report.CatalogVersion)
                .SetProperty(s => s.Verdict, report.Verdict)
                .SetProperty(s => s.Score, report.Score)
                .SetProperty(s => s.MaxScore, report.MaxScore)
                .SetProperty(s => s.Report, json)
                .SetProperty(s => s.CompileMs, report.CompileMs)
                .SetProperty(s => s.RunMs, report.RunMs),
            CancellationToken.None);
        if (stored == 1)
        {
            try
            {
                await QueueNotifications.SendCompletedAsync(db, claim.Submission.Id);
            }
            catch (System.Data.Common.DbException)
            {
                // The grade is stored; a lost wake-up only costs a waiter its next look (every 2 s). Failing here would
                // have the grader retry a completion that is already done and call it a lost lease.
            }
        }

        return stored == 1;
    }

    /// <summary>
    /// Gives the submission back to the queue: after a grader's failure (the claim counts, and it waits behind live
    /// submissions), or at shutdown (the claim does not count, and it keeps its place).
    /// </summary>
    public async Task ReleaseAsync(Claim claim, bool countAttempt)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        var priority = countAttempt && claim.Submission.Priority == QueuePriority.Live ? QueuePriority.Retry : claim.Submission.Priority;
        await Holding(db, claim).ExecuteUpdateAsync(
            set => set
                .SetProperty(s => s.Status, SubmissionStatus.Queued)
                .SetProperty(s => s.LeaseExpiresAt, (DateTime?)null)
                .SetProperty(s => s.Priority, priority)
                .SetProperty(s => s.Attempts, countAttempt ? claim.Attempt : claim.Attempt - 1),
            CancellationToken.None);
        await QueueNotifications.SendWorkAsync(db);
    }

    private static IQueryable<Submission> Holding(GraderDb db, Claim claim) =>
        db.Submissions.Where(s => s.Id == claim.Submission.Id && s.Attempts == claim.Attempt && s.Status == SubmissionStatus.Running);

    private sealed class ClaimedRow
    {
        public long Id { get; init; }

        public int Attempts { get; init; }
    }
}

/// <summary>A submission a grader holds, by its claim number.</summary>
internal sealed record Claim(Submission Submission, int Attempt);
