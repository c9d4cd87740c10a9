using Grader.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Submissions;

/// <summary>
/// Puts a submission in the database queue unless the queue is full. The count and the insert are one atomic step,
/// also between replicas: SQLite transactions take the write lock when they begin; on PostgreSQL a transaction-scoped
/// advisory lock serialises submitters (for the few milliseconds of a count and an insert).
/// </summary>
internal static class SubmissionQueue
{
    private const long AdvisoryLockKey = 0x67726164_6572; // "grader"

    /// <returns>null when the submission is stored; otherwise the number of submissions waiting (the queue is full).</returns>
    public static async Task<int?> TryEnqueueAsync(GraderDb db, Submission submission, int capacity, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        }

        var waiting = await db.Submissions.CountAsync(s => s.Status == SubmissionStatus.Queued, cancellationToken);
        if (waiting >= capacity)
        {
            return waiting;
        }

        db.Submissions.Add(submission);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
