using System.Diagnostics;
using Grader.Api.Observability;
using Grader.Exercises;
using Grader.Exercises.Grading;
using Grader.Sandbox;
using Microsoft.Extensions.Options;

namespace Grader.Api.Grading;

/// <summary>
/// The grader role's loops: each claims a queued submission (<see cref="SubmissionClaims"/>), grades it
/// (<see cref="SubmissionGrader"/>) while renewing the claim's lease, and stores the grade. A submission whose grader
/// died is taken over when its lease runs out; one interrupted by a shutdown goes straight back to the queue; one
/// the pool could not run (its worker lost) is tried again behind live submissions, up to <c>MaxAttempts</c> claims.
/// </summary>
internal sealed partial class GradingDispatcher(
    SandboxHost sandbox,
    SubmissionClaims claims,
    SubmissionGrader grader,
    ReferenceResults references,
    SubmissionSignals signals,
    GradingMetrics metrics,
    IOptions<GradingOptions> options,
    IOptions<SandboxOptions> sandboxOptions,
    TimeProvider clock,
    ILogger<GradingDispatcher> logger) : BackgroundService
{
    private readonly DatabaseRetry database = new(logger, clock);

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

        var loops = Enumerable.Range(0, sandboxOptions.Value.Workers * options.Value.GradersPerWorker).Select(_ => GradeLoopAsync(pool, stoppingToken));
        await Task.WhenAll([.. loops, StoreExamplesAsync(pool)]);
    }

    /// <summary>
    /// Makes sure the visible examples' reference results are stored, so that api-only processes (which never run the
    /// reference) can show them; already stored ones are only read.
    /// </summary>
    private async Task StoreExamplesAsync(SandboxPool pool)
    {
        foreach (var exercise in pool.Catalog.Exercises)
        {
            try
            {
                await references.GetAsync(exercise, Grader.Exercises.Catalog.Exercise.ExampleSeed);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogExamplesFailed(logger, error, exercise.Id);
            }
        }
    }

    private async Task GradeLoopAsync(SandboxPool pool, CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(options.Value.PollMs);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await database.RunAsync(() => claims.ClaimNextAsync(stoppingToken), stoppingToken) is { } claim)
                {
                    await GradeAsync(pool, claim, stoppingToken);
                }
                else if (await signals.Idle.WaitAsync(poll, stoppingToken) is { } handedOver)
                {
                    // Submitted while this grader waited: inserted already claimed for it, no claim statement needed.
                    await GradeAsync(pool, handedOver, stoppingToken);
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

    private async Task GradeAsync(SandboxPool pool, Claim claim, CancellationToken stoppingToken)
    {
        var submission = claim.Submission;
        using var span = GraderTracing.StartGrading(submission, claim.Attempt, claim.Item?.Id);
        var claimedAt = clock.GetTimestamp();
        metrics.Queued(clock.GetUtcNow().UtcDateTime - claim.QueuedAt);
        if (claim.Attempt > options.Value.MaxAttempts)
        {
            // Every earlier grader that took it died with it (its lease ran out): grading it again would do the same.
            LogAbandoned(logger, submission.Id, claim.Attempt - 1);
            await database.RunAsync(() => FinishAsync(claim, SubmissionGrader.Failure(submission, GaveUp), claimedAt), stoppingToken);
            return;
        }

        GradeReport report;
        using (var renewing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            var heartbeat = RenewWhileGradingAsync(claim, renewing.Token);
            try
            {
                report = await grader.GradeAsync(pool, claim, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down: give the submission back (this claim does not count) for the next start or replica.
                await claims.ReleaseAsync(claim, countAttempt: false);
                throw;
            }
            catch (SandboxUnavailableException error) when (claim.Attempt < options.Value.MaxAttempts)
            {
                // The worker was lost, not the student's fault: another try, behind the live submissions.
                LogRetrying(logger, error, submission.Id, claim.Attempt);
                span?.SetStatus(ActivityStatusCode.Error, "The sandbox lost the run; the submission goes back to the queue.");
                await database.RunAsync(() => claims.ReleaseAsync(claim, countAttempt: true), stoppingToken);
                signals.WorkQueued();
                return;
            }
            catch (Exception error)
            {
                // A failure that would happen again (or the last try): the submission ends as an internal error.
                LogGradingError(logger, error, submission.Id, claim.Attempt);
                span?.SetStatus(ActivityStatusCode.Error, "Grading failed; the submission ends as an internal error.");
                report = SubmissionGrader.Failure(submission, GaveUp);
            }
            finally
            {
                await renewing.CancelAsync();
                await heartbeat;
            }
        }

        // A grade in hand is stored even while the service stops: the work is done, and it takes a moment.
        await database.RunAsync(() => FinishAsync(claim, report, claimedAt), stoppingToken);
    }

    private async Task FinishAsync(Claim claim, GradeReport report, long claimedAt)
    {
        if (await claims.CompleteAsync(claim, report))
        {
            metrics.Graded(report.ExerciseId, System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(report.Verdict.ToString()), clock.GetElapsedTime(claimedAt));
            Activity.Current?.SetTag("grader.verdict", report.Verdict.ToString());
            if (claim.Item is null)
            {
                // A rejudge's grade is not the submission's (yet): nobody waiting for the submission needs waking.
                signals.Completed(claim.Submission.Id);
                await claims.FingerprintAsync(claim);
            }
        }
        else
        {
            // Whoever holds the claim now stores the grade and wakes the waiters.
            LogLeaseLost(logger, claim.Submission.Id, claim.Attempt);
        }
    }

    /// <summary>Renews the lease every third of its length until grading ends; a lost database only logs.</summary>
    private async Task RenewWhileGradingAsync(Claim claim, CancellationToken cancellationToken)
    {
        var every = TimeSpan.FromSeconds(options.Value.LeaseSeconds / 3.0);
        try
        {
            while (true)
            {
                await Task.Delay(every, clock, cancellationToken);
                try
                {
                    if (!await claims.RenewAsync(claim, cancellationToken))
                    {
                        LogLeaseLost(logger, claim.Submission.Id, claim.Attempt);
                        return;
                    }
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // The lease stays valid until it runs out; the next beat tries again.
                    LogRenewFailed(logger, error, claim.Submission.Id);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Grading ended.
        }
    }

    private static readonly LocalizedText GaveUp = new(
        "The grader failed on this submission several times. This is not your code's fault; your TA has the details.",
        "評分系統處理這份提交時多次失敗。這不是你的程式碼造成的；助教可查看詳細原因。");

    [LoggerMessage(Level = LogLevel.Error, Message = "Submission {SubmissionId} outlived {Claims} graders' leases; it ends as an internal error.")]
    private static partial void LogAbandoned(ILogger logger, long submissionId, int claims);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the examples' reference results of {Exercise}; api-only processes show them without expected results until a grader does.")]
    private static partial void LogExamplesFailed(ILogger logger, Exception error, string exercise);

    [LoggerMessage(Level = LogLevel.Error, Message = "The grading loop failed; retrying.")]
    private static partial void LogLoopError(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sandbox lost submission {SubmissionId} (claim {Attempt}); it goes back to the queue.")]
    private static partial void LogRetrying(ILogger logger, Exception error, long submissionId, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Grading submission {SubmissionId} failed (claim {Attempt}); it ends as an internal error.")]
    private static partial void LogGradingError(ILogger logger, Exception error, long submissionId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Submission {SubmissionId}: claim {Attempt} is no longer this grader's (its lease ran out and another grader took it); its grade is not stored.")]
    private static partial void LogLeaseLost(ILogger logger, long submissionId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the lease of submission {SubmissionId}; trying again at the next beat.")]
    private static partial void LogRenewFailed(ILogger logger, Exception error, long submissionId);
}
