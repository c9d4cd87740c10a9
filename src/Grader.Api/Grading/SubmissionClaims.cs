using Grader.Api.Data;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Grading;

/// <summary>
/// The graders' side of the database queue: claim the next submission (live before retries, oldest first; then
/// rejudge items, which wait in a table of their own so that a rejudge's results never overwrite a submission's),
/// keep the claim's lease alive while it runs, and finish or give it back. A claim is a lease held by its claim number
/// (<see cref="Submission.Attempts"/>, <see cref="RejudgeItem.Attempts"/>): only the current holder may extend, finish
/// or release it, so a grader whose lease ran out cannot overwrite the one that took over. A claim is one statement on
/// both providers (on PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c>, so graders never race for the same row).
/// </summary>
internal sealed class SubmissionClaims(IServiceScopeFactory scopes, IOptions<GradingOptions> options, TimeProvider clock)
{
    private TimeSpan Lease => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>
    /// The next submission to grade, else the next rejudge item: a rejudge never delays a submission someone waits for
    /// (each is one statement; a submission queued between the two is claimed by the next grader that asks).
    /// </summary>
    public async Task<Claim?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        return await ClaimSubmissionAsync(db, now) ?? await ClaimRejudgeItemAsync(db, now);
    }

    private async Task<Claim?> ClaimSubmissionAsync(GraderDb db, DateTime now)
    {
        if (await ClaimRowAsync(db, "Submissions", "\"Priority\", \"Id\"", now) is not { } id)
        {
            return null;
        }

        // Read after the claim, which holds it: FromSql cannot materialize a submission since its grade's layers are a
        // complex property with column names of their own ("The required column 'Layers_Adjustment' was not present").
        var submission = await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == id, CancellationToken.None);
        return new Claim(submission, submission.Attempts);
    }

    /// <summary>The same claim on the rejudges' queue; the submission it names is read after (it does not change).</summary>
    private async Task<Claim?> ClaimRejudgeItemAsync(GraderDb db, DateTime now)
    {
        if (await ClaimRowAsync(db, "RejudgeItems", "\"Id\"", now) is not { } id)
        {
            return null;
        }

        var item = await db.RejudgeItems.AsNoTracking().Include(i => i.Submission).FirstAsync(i => i.Id == id, CancellationToken.None);
        return new Claim(item.Submission, item.Attempts, item);
    }

    /// <summary>
    /// Claims the first row of a queue table (<c>Submissions</c> or <c>RejudgeItems</c>, which share the queue's
    /// columns and their <c>Queued</c>/<c>Running</c> spellings) in <paramref name="order"/>: a queued one, or a running
    /// one whose lease ran out. The choice and the update are one statement, so a claim made is known to be made.
    /// PostgreSQL skips rows another grader is claiming at this moment instead of waiting for them; SQLite takes its
    /// write lock before the statement reads, so two graders never pick the same row. Never cancelled, not even after
    /// it returns: a claim made as the service stops is this grader's to give back, not to drop (it would wait out its
    /// lease).
    /// </summary>
    private async Task<long?> ClaimRowAsync(GraderDb db, string table, string order, DateTime now)
    {
        var sql = $$"""
            UPDATE "{{table}}" SET "Status" = {0}, "Attempts" = "Attempts" + 1, "StartedAt" = {1}, "LeaseExpiresAt" = {2}
            WHERE "Id" = (
                SELECT "Id" FROM "{{table}}"
                WHERE "Status" = {3} OR ("Status" = {0} AND "LeaseExpiresAt" < {1})
                ORDER BY {{order}}
                LIMIT 1
                {{SkipLocked(db)}})
            RETURNING "Id" AS "Value"
            """;
        var ids = await db.Database
            .SqlQueryRaw<long>(sql, nameof(SubmissionStatus.Running), now, now + Lease, nameof(SubmissionStatus.Queued))
            .ToListAsync(CancellationToken.None);
        return ids is [var id] ? id : null;
    }

    /// <summary>
    /// Makes a submission about to be inserted a claim of this process's first grader (<see cref="IdleGraders"/>): the
    /// same state and lease a claim statement would give it, so everything after is as for any claim.
    /// </summary>
    public void ClaimOnInsert(Submission submission)
    {
        submission.Status = SubmissionStatus.Running;
        submission.Attempts = 1;
        submission.StartedAt = submission.SubmittedAt;
        submission.LeaseExpiresAt = submission.SubmittedAt + Lease;
    }

    private static string SkipLocked(GraderDb db) => db.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED" : "";

    /// <summary>Extends the claim's lease; false when it is no longer this claim's (it ran out and was taken over).</summary>
    public async Task<bool> RenewAsync(Claim claim, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        var leaseEnd = clock.GetUtcNow().UtcDateTime + Lease;
        return claim.Item is not null
            ? await HoldingItem(db, claim).ExecuteUpdateAsync(set => set.SetProperty(i => i.LeaseExpiresAt, leaseEnd), cancellationToken) == 1
            : await Holding(db, claim).ExecuteUpdateAsync(set => set.SetProperty(s => s.LeaseExpiresAt, leaseEnd), cancellationToken) == 1;
    }

    /// <summary>Stores the grade; false when the claim was no longer this grader's (nothing is written then).</summary>
    public async Task<bool> CompleteAsync(Claim claim, GradeReport report)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var json = ReportJson.Write(report);
        if (claim.Item is not null)
        {
            // A rejudge's grade waits beside the submission's own until the rejudge is applied.
            return await HoldingItem(db, claim).ExecuteUpdateAsync(
                set => set
                    .SetProperty(i => i.Status, RejudgeItemStatus.Completed)
                    .SetProperty(i => i.CompletedAt, now)
                    .SetProperty(i => i.LeaseExpiresAt, (DateTime?)null)
                    .SetProperty(i => i.CatalogVersion, report.CatalogVersion)
                    .SetProperty(i => i.Verdict, report.Verdict)
                    .SetProperty(i => i.Score, report.Score)
                    .SetProperty(i => i.MaxScore, report.MaxScore)
                    .SetProperty(i => i.Report, json)
                    .SetProperty(i => i.CompileMs, report.CompileMs)
                    .SetProperty(i => i.RunMs, report.RunMs),
                CancellationToken.None) == 1;
        }

        var stored = await Lti.ScoreOutbox.WithScoresAsync(db, claim.Submission, now, Holding(db, claim),
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
                .SetProperty(s => s.RunMs, report.RunMs));
        if (stored)
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

        return stored;
    }

    /// <summary>
    /// Stores the code's similarity fingerprints (the lexer only: nothing of the code runs here), once, after its grade is
    /// stored and its waiters woken, so a similarity run reads them instead of tokenizing a class's code again. A
    /// database error is not the grade's: the first similarity run that needs them computes and stores them.
    /// </summary>
    public async Task FingerprintAsync(Claim claim)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
            await Similarity.FingerprintStore.UpsertAsync(db, claim.Submission.Id, claim.Submission.Code, CancellationToken.None);
        }
        catch (System.Data.Common.DbException)
        {
            // Computed by the next similarity run instead.
        }
    }

    /// <summary>
    /// Gives the submission back to the queue: after a grader's failure (the claim counts, and it waits behind live
    /// submissions), or at shutdown (the claim does not count, and it keeps its place).
    /// </summary>
    public async Task ReleaseAsync(Claim claim, bool countAttempt)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        if (claim.Item is not null)
        {
            await HoldingItem(db, claim).ExecuteUpdateAsync(
                set => set
                    .SetProperty(i => i.Status, RejudgeItemStatus.Queued)
                    .SetProperty(i => i.LeaseExpiresAt, (DateTime?)null)
                    .SetProperty(i => i.Attempts, countAttempt ? claim.Attempt : claim.Attempt - 1),
                CancellationToken.None);
            await QueueNotifications.SendWorkAsync(db);
            return;
        }

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

    /// <summary>A cancelled rejudge's item is no longer running, so its grader's late grade is not stored.</summary>
    private static IQueryable<RejudgeItem> HoldingItem(GraderDb db, Claim claim) =>
        db.RejudgeItems.Where(i => i.Id == claim.Item!.Id && i.Attempts == claim.Attempt && i.Status == RejudgeItemStatus.Running);
}

/// <summary>A submission a grader holds, by its claim number; for a rejudge, through its item (whose grade it writes).</summary>
internal sealed record Claim(Submission Submission, int Attempt, RejudgeItem? Item = null)
{
    /// <summary>Since when it waited for a grader.</summary>
    public DateTime QueuedAt => Item?.QueuedAt ?? Submission.SubmittedAt;

    /// <summary>The submission's first grading (not a retry, not a rejudge): nobody has run its seed yet.</summary>
    public bool FirstGrading => Item is null && Attempt == 1;
}
