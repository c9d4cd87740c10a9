using Grader.Api.Data;
using Grader.Api.Review;
using Grader.Api.Submissions;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Rejudges;

/// <summary>Reads rejudges as staff see them: progress and changes counted from the items, old beside new.</summary>
internal static class RejudgeViews
{
    public static async Task<RejudgeResponse?> LoadAsync(GraderDb db, long rejudgeId, CancellationToken cancellationToken)
    {
        var rejudge = await db.Rejudges.AsNoTracking().Include(r => r.CreatedBy).FirstOrDefaultAsync(r => r.Id == rejudgeId, cancellationToken);
        if (rejudge is null)
        {
            return null;
        }

        var items = await ItemsAsync(db, [rejudgeId], cancellationToken);
        return rejudge.AsResponse(items, withItems: true);
    }

    /// <param name="exerciseId">Only this exercise's rejudges (null: all).</param>
    public static async Task<List<RejudgeResponse>> ListAsync(GraderDb db, string? exerciseId, CancellationToken cancellationToken)
    {
        var query = db.Rejudges.AsNoTracking().Include(r => r.CreatedBy).AsQueryable();
        if (exerciseId is not null)
        {
            query = query.Where(r => r.ExerciseId == exerciseId || (r.AssignmentId != null && r.Items.Any(i => i.Submission.ExerciseId == exerciseId)));
        }

        var rejudges = await query.OrderByDescending(r => r.Id).Take(200).ToListAsync(cancellationToken);
        var ids = rejudges.Select(r => r.Id).ToList();
        var items = await ItemsAsync(db, ids, cancellationToken);
        return [.. rejudges.Select(r => r.AsResponse(items, withItems: false))];
    }

    private static async Task<ILookup<long, ItemRow>> ItemsAsync(GraderDb db, List<long> rejudgeIds, CancellationToken cancellationToken)
    {
        var rows = await db.RejudgeItems.AsNoTracking()
            .Where(i => rejudgeIds.Contains(i.RejudgeId))
            .OrderBy(i => i.Id)
            .Select(i => new ItemRow(
                i.RejudgeId,
                i.SubmissionId,
                new SubmissionOwner(i.Submission.User.Id, i.Submission.User.UserName, i.Submission.User.DisplayName),
                i.Submission.AttemptNumber,
                i.Status,
                i.OldVerdict,
                i.OldScore,
                i.Verdict,
                i.Score,
                i.MaxScore,
                i.Flagged,
                i.Submission.Score,
                i.Submission.MaxScore,
                i.Submission.Layers.Adjustment,
                i.Submission.Layers.Override))
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.RejudgeId);
    }

    private static RejudgeResponse AsResponse(this Rejudge rejudge, ILookup<long, ItemRow> allItems, bool withItems)
    {
        var open = rejudge.State == RejudgeState.Open;
        var items = allItems[rejudge.Id].Select(i => i.AsResponse(open)).ToList();
        var done = items.Where(i => i.Status == RejudgeItemStatus.Completed).ToList();
        var progress = new RejudgeProgress(
            items.Count,
            items.Count(i => i.Status == RejudgeItemStatus.Queued),
            items.Count(i => i.Status == RejudgeItemStatus.Running),
            done.Count,
            items.Count(i => i.Status == RejudgeItemStatus.Cancelled));
        var changes = new RejudgeChanges(
            done.Count(i => i.VerdictChanged),
            done.Count(i => i.ScoreChanged),
            done.Count(i => i.NewScore < i.OldScore),
            done.Count(i => i.Flagged));
        return new RejudgeResponse(
            rejudge.Id, rejudge.ExerciseId, rejudge.AssignmentId, rejudge.Selection, rejudge.Verdict, rejudge.Reason, rejudge.State, rejudge.CreatedBy.AsOwner(),
            rejudge.CreatedAt, rejudge.ClosedAt, progress, changes, withItems ? items : null);
    }

    private static RejudgeItemResponse AsResponse(this ItemRow row, bool open)
    {
        var layers = new GradeLayers { Adjustment = row.Adjustment, Override = row.Override };
        var final = Grades.Final(row.CurrentScore, row.CurrentMaxScore, layers);
        var done = row.Status == RejudgeItemStatus.Completed;
        var flagged = open ? done && WouldFlag(layers, row.Score, final) : row.Flagged;
        return new RejudgeItemResponse(
            row.SubmissionId, row.Student, row.Attempt, row.Status, row.OldVerdict, row.OldScore, row.Verdict, row.Score, row.MaxScore ?? row.CurrentMaxScore,
            done && row.Verdict != row.OldVerdict, done && row.Score != row.OldScore, final, flagged);
    }

    /// <summary>A TA reviewed the grade (an adjustment or override stands) and the new autograder score is below its final score.</summary>
    public static bool WouldFlag(GradeLayers layers, int? newScore, int? final) =>
        (layers.Adjustment is not null || layers.Override is not null) && newScore < final;

    private sealed record ItemRow(
        long RejudgeId,
        long SubmissionId,
        SubmissionOwner Student,
        int Attempt,
        RejudgeItemStatus Status,
        Verdict? OldVerdict,
        int? OldScore,
        Verdict? Verdict,
        int? Score,
        int? MaxScore,
        bool Flagged,
        int? CurrentScore,
        int? CurrentMaxScore,
        int? Adjustment,
        int? Override);
}
