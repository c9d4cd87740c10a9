using Grader.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Assignments;

/// <summary>Where a submission falls in each assignment that holds its exercise, by its student's own deadline.</summary>
/// <param name="DueAt">The student's due date in that assignment (an extension's, if later).</param>
/// <param name="Extended">The student has an extension in that assignment.</param>
/// <param name="LatenessText">What the lateness means, in the request's language.</param>
public sealed record SubmissionLateness(string AssignmentId, string Title, DateTime DueAt, DateTime? LateUntil, bool Extended, Lateness Lateness, string LatenessText);

internal static class SubmissionDeadlines
{
    /// <summary>One entry per assignment that holds the exercise and had opened when the submission was made.</summary>
    public static async Task<List<SubmissionLateness>> ForAsync(GraderDb db, Submission submission, string language, CancellationToken cancellationToken)
    {
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => a.OpensAt <= submission.SubmittedAt && a.Exercises.Any(e => e.ExerciseId == submission.ExerciseId))
            .OrderBy(a => a.DueAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        if (assignments.Count == 0)
        {
            return [];
        }

        var ids = assignments.Select(a => a.Id).ToList();
        var extensions = await db.Extensions.AsNoTracking().Where(e => e.UserId == submission.UserId && ids.Contains(e.AssignmentId))
            .ToDictionaryAsync(e => e.AssignmentId, cancellationToken);
        return [.. assignments.Select(a =>
        {
            var deadline = Deadline.For(a, extensions.GetValueOrDefault(a.Id));
            var lateness = deadline.Of(submission.SubmittedAt);
            var title = language == Http.Language.TraditionalChinese ? a.TitleZhTw : a.TitleEn;
            return new SubmissionLateness(a.Id, title, deadline.DueAt, deadline.LateUntil, extensions.ContainsKey(a.Id), lateness, deadline.Describe(lateness).In(language));
        })];
    }
}
