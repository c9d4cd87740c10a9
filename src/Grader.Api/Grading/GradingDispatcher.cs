using Grader.Api.Data;
using Grader.Exercises;
using Grader.Exercises.Grading;
using Grader.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Grading;

/// <summary>
/// Takes queued submissions from the database, one per worker at a time, grades them in the sandbox and stores the
/// grade. A claim is a lease: a submission whose grader died is taken over when its lease runs out; one interrupted
/// by a shutdown goes straight back to the queue.
/// </summary>
internal sealed partial class GradingDispatcher(
    IServiceScopeFactory scopes,
    SandboxHost sandbox,
    SubmissionSignals signals,
    IOptions<GradingOptions> options,
    IOptions<SandboxOptions> sandboxOptions,
    TimeProvider clock,
    ILogger<GradingDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SandboxPool pool;
        try
        {
            pool = await sandbox.Started.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var graders = Enumerable.Range(0, sandboxOptions.Value.Workers * options.Value.GradersPerWorker).Select(_ => GradeLoopAsync(pool, stoppingToken));
        await Task.WhenAll(graders);
    }

    private async Task GradeLoopAsync(SandboxPool pool, CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(options.Value.PollMs);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await ClaimNextAsync(stoppingToken) is { } claim)
                {
                    await GradeAsync(pool, claim, stoppingToken);
                }
                else
                {
                    await signals.WaitForWorkAsync(poll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // The database was unreachable, say: keep the grader alive and try again shortly.
                LogLoopError(logger, error);
                await Task.Delay(poll, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<Claim?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        var now = clock.GetUtcNow().UtcDateTime;

        // Two graders (threads or replicas) may pick the same candidate; the update's condition lets only one win.
        for (var tries = 0; tries < 5; tries++)
        {
            var candidate = await db.Submissions.AsNoTracking()
                .Where(s => s.Status == SubmissionStatus.Queued || (s.Status == SubmissionStatus.Running && s.LeaseExpiresAt < now))
                .OrderBy(s => s.Id)
                .Select(s => new { s.Id, s.Attempts })
                .FirstOrDefaultAsync(cancellationToken);
            if (candidate is null)
            {
                return null;
            }

            var claimed = await db.Submissions
                .Where(s => s.Id == candidate.Id && s.Attempts == candidate.Attempts && s.Status != SubmissionStatus.Completed)
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(s => s.Status, SubmissionStatus.Running)
                        .SetProperty(s => s.Attempts, candidate.Attempts + 1)
                        .SetProperty(s => s.StartedAt, now)
                        .SetProperty(s => s.LeaseExpiresAt, now.AddSeconds(options.Value.LeaseSeconds)),
                    CancellationToken.None); // not cut off half-way: a claim made must be known to be made
            if (claimed == 1)
            {
                // Claimed: from here on the submission is this grader's to finish or give back, stopping or not.
                var submission = await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == candidate.Id, CancellationToken.None);
                return new Claim(submission, candidate.Attempts + 1);
            }
        }

        return null;
    }

    private async Task GradeAsync(SandboxPool pool, Claim claim, CancellationToken stoppingToken)
    {
        var submission = claim.Submission;
        if (claim.Attempt > options.Value.MaxAttempts)
        {
            // Every earlier grader that took it died with it (its lease ran out): grading it again would do the same.
            LogAbandoned(logger, submission.Id, claim.Attempt - 1);
            await CompleteAsync(claim, Failure(submission, GaveUp));
            return;
        }

        GradeReport report;
        try
        {
            if (sandbox.Catalog?.Find(submission.ExerciseId) is not { } exercise)
            {
                report = Failure(submission, new LocalizedText(
                    "The exercise no longer exists in the catalog; ask your instructor.",
                    "題庫中已沒有這個練習；請詢問授課教師。"));
            }
            else
            {
                // Every attempt has hidden cases of its own, so the reference rarely has this seed's results yet: it
                // runs beside the sandbox's compile and run, and the judge finds them ready.
                _ = Task.Run(() => exercise.Expected(submission.Seed), CancellationToken.None);
                report = await pool.GradeAsync(submission.ExerciseId, submission.Code, submission.Seed, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: give the submission back (this claim does not count) for the next start or replica.
            await ReleaseAsync(claim, countAttempt: false);
            throw;
        }
        catch (Exception error)
        {
            LogGradingError(logger, error, submission.Id, claim.Attempt);
            if (claim.Attempt < options.Value.MaxAttempts)
            {
                await ReleaseAsync(claim, countAttempt: true);
                return;
            }

            report = Failure(submission, GaveUp);
        }

        // A grade in hand is stored even while the service stops: the work is done, and it takes a moment.
        await CompleteAsync(claim, report);
    }

    private async Task CompleteAsync(Claim claim, GradeReport report)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var json = ReportJson.Write(report);

        // Only the current claim may finish the submission (a grader whose lease ran out must not overwrite).
        await db.Submissions
            .Where(s => s.Id == claim.Submission.Id && s.Attempts == claim.Attempt && s.Status == SubmissionStatus.Running)
            .ExecuteUpdateAsync(
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
        signals.Completed(claim.Submission.Id);
    }

    private async Task ReleaseAsync(Claim claim, bool countAttempt)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        await db.Submissions
            .Where(s => s.Id == claim.Submission.Id && s.Attempts == claim.Attempt && s.Status == SubmissionStatus.Running)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(s => s.Status, SubmissionStatus.Queued)
                    .SetProperty(s => s.LeaseExpiresAt, (DateTime?)null)
                    .SetProperty(s => s.Attempts, countAttempt ? claim.Attempt : claim.Attempt - 1),
                CancellationToken.None);
        signals.WorkQueued();
    }

    private static GradeReport Failure(Data.Submission submission, LocalizedText summary) => new(
        submission.ExerciseId, submission.CatalogVersion, submission.Seed, Verdict.InternalError, 0, 0, summary, [], [], [], 0, 0);

    private static readonly LocalizedText GaveUp = new(
        "The grader failed on this submission several times. This is not your code's fault; your TA has the details.",
        "評分系統處理這份提交時多次失敗。這不是你的程式碼造成的；助教可查看詳細原因。");

    private sealed record Claim(Data.Submission Submission, int Attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Submission {SubmissionId} outlived {Claims} graders' leases; it ends as an internal error.")]
    private static partial void LogAbandoned(ILogger logger, long submissionId, int claims);

    [LoggerMessage(Level = LogLevel.Error, Message = "The grading loop failed; retrying.")]
    private static partial void LogLoopError(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Grading submission {SubmissionId} failed (attempt {Attempt}).")]
    private static partial void LogGradingError(ILogger logger, Exception error, long submissionId, int attempt);
}
