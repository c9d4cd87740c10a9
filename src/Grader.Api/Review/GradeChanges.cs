using Grader.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Review;

/// <summary>
/// Sets a grade's TA layer under optimistic concurrency, with its audit event: what PUT /submissions/{id}/grade and a
/// regrade request's resolution both do. The caller checks If-Match first, and saves and commits its transaction.
/// </summary>
internal static class GradeChanges
{
    public static async Task<(GradeResponse? Changed, ProblemHttpResult? Problem)> ApplyAsync(
        GraderDb db, Submission submission, GradeChangeRequest request, int actor, DateTime now, CancellationToken cancellationToken)
    {
        if (submission.Status != SubmissionStatus.Completed || submission.MaxScore is not { } max)
        {
            return (null, ReviewProblems.NotGradedYet.With(submission.Id, submission.Status.ToString().ToLowerInvariant()));
        }

        if (Invalid(request, max) is { } invalid)
        {
            return (null, invalid);
        }

        var before = Grades.Snapshot(submission.Score, max, submission.Layers);
        var reason = request.Reason.Trim();

        // The update counts only if the grade is still what was read: each TA change increments the version, and a
        // rejudge changes the autograder's score. A TA deciding again answers a rejudge's flag.
        var version = submission.Layers.Version;
        var auto = submission.Score;
        var updated = await db.Submissions.Where(s => s.Id == submission.Id && s.Layers.Version == version && s.Score == auto)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Layers.Adjustment, request.Adjustment)
                .SetProperty(s => s.Layers.Override, request.Override)
                .SetProperty(s => s.Layers.Reason, reason)
                .SetProperty(s => s.Layers.Version, version + 1)
                .SetProperty(s => s.Layers.ChangedAt, now)
                .SetProperty(s => s.Layers.ChangedById, actor)
                .SetProperty(s => s.RejudgeFlagId, (long?)null)
                .SetProperty(s => s.RejudgeFlagFinal, (int?)null), cancellationToken);
        if (updated == 0)
        {
            var current = await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == submission.Id, cancellationToken);
            return (null, ETags.Changed(current.AsGrade()));
        }

        await Lti.ScoreOutbox.EnqueueAsync(db, submission.UserId, submission.ExerciseId, submission.Id, now, cancellationToken);
        submission.Layers = new GradeLayers
        {
            Adjustment = request.Adjustment,
            Override = request.Override,
            Reason = reason,
            Version = version + 1,
            ChangedAt = now,
            ChangedById = actor,
        };
        AuditLog.Add(db, AuditLog.About(submission, AuditKind.GradeChanged, actor, now, reason), before, Grades.Snapshot(submission.Score, max, submission.Layers));
        return (submission.AsGrade(), null);
    }

    private static ProblemHttpResult? Invalid(GradeChangeRequest request, int max)
    {
        if (request.Adjustment is not null && request.Override is not null)
        {
            return ReviewProblems.AdjustmentAndOverride.With();
        }

        if (request.Override is { } score && (score < 0 || score > max))
        {
            return ReviewProblems.BadOverride.With(max, score);
        }

        return request.Adjustment is { } points && (points == 0 || Math.Abs(points) > max)
            ? ReviewProblems.BadAdjustment.With(max, points)
            : null;
    }
}
