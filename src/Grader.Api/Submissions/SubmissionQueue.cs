using Grader.Api.Data;
using Grader.Exercises.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Submissions;

/// <summary>
/// Puts a submission in the database queue unless the queue is full. The count and the insert are one atomic step,
/// also between replicas: SQLite transactions take the write lock when they begin; on PostgreSQL a transaction-scoped
/// advisory lock serialises submitters (for the few milliseconds of a count and an insert). The student's attempt
/// number is counted in the same step, so two submissions sent at once never share an attempt, nor its hidden cases.
/// </summary>
internal static class SubmissionQueue
{
    private const long AdvisoryLockKey = 0x67726164_6572; // "grader"

    /// <returns>null when the submission is stored; otherwise the number of submissions waiting (the queue is full).</returns>
    /// <param name="seedKey">The key of hidden cases' seeds (<see cref="SeedKeyStore"/>).</param>
    public static async Task<int?> TryEnqueueAsync(GraderDb db, Submission submission, byte[] seedKey, int capacity, CancellationToken cancellationToken)
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

        // The highest so far, not a count: numbers stay unique even if a submission is ever deleted.
        submission.AttemptNumber = 1 + (await db.Submissions
            .Where(s => s.UserId == submission.UserId && s.ExerciseId == submission.ExerciseId)
            .MaxAsync(s => (int?)s.AttemptNumber, cancellationToken) ?? 0);
        submission.Seed = Seeds.ForAttempt(seedKey, submission.ExerciseId, submission.UserId, submission.AttemptNumber);
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(cancellationToken);
        if (submission.Status == SubmissionStatus.Queued)
        {
            // Delivered when the transaction commits, so a grader woken by it finds the submission. (One inserted
            // already claimed by an idle grader of this process is nobody else's work.)
            await Grading.QueueNotifications.SendWorkAsync(db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
