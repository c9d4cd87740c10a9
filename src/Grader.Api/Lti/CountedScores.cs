using System.Globalization;
using Grader.Api.Assignments;
using Grader.Api.Data;
using Grader.Api.Review;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Lti;

/// <summary>
/// What the LMS line item of a link shows for a student. A link to an exercise: the student's best final score among
/// their graded submissions of it (TA adjustments and overrides included), out of the exercise's points, with that
/// submission's verdict. A link to an assignment: the student's total in its gradebook (what counts per exercise,
/// late credit, pins), out of its points.
/// </summary>
internal static class CountedScores
{
    public static async Task<CountedScore?> ForAsync(GraderDb db, LtiResourceLink link, int userId, CancellationToken cancellationToken)
    {
        if (link.ExerciseId is { } exerciseId)
        {
            var graded = await db.Submissions.AsNoTracking()
                .Where(s => s.UserId == userId && s.ExerciseId == exerciseId && s.Status == SubmissionStatus.Completed && s.MaxScore != null)
                .Select(s => new { s.Id, s.Verdict, s.Score, s.MaxScore, s.Layers.Adjustment, s.Layers.Override, s.Layers.Reason })
                .ToListAsync(cancellationToken);
            if (graded.Count == 0)
            {
                return null;
            }

            var best = graded
                .Select(s => (s.Id, s.Verdict, s.MaxScore, s.Reason, Final: Grades.Final(s.Score, s.MaxScore, new GradeLayers { Adjustment = s.Adjustment, Override = s.Override }) ?? 0))
                .OrderByDescending(s => s.Final).ThenByDescending(s => s.Id).First();
            var verdict = best.Verdict is { } v ? System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()) : "not graded";
            var comment = string.Create(CultureInfo.InvariantCulture,
                $"{exerciseId}: {verdict}, {best.Final} of {best.MaxScore} (the best submission, {best.Id}).{(best.Reason is { Length: > 0 } why ? $" TA: {why}" : "")}");
            return new CountedScore(best.Final, best.MaxScore!.Value, comment);
        }

        var assignment = await db.Assignments.AsNoTracking().Include(a => a.Exercises).FirstOrDefaultAsync(a => a.Id == link.AssignmentId, cancellationToken);
        if (assignment is null)
        {
            return null;
        }

        var (gradebook, _) = await GradebookBuilder.BuildAsync(db, assignment, Http.Language.English, userId, cancellationToken);
        if (gradebook.Rows is not [var row] || row.Exercises.All(c => c.SubmissionId is null))
        {
            return null;
        }

        var parts = string.Join(", ", row.Exercises.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.ExerciseId} {c.Score:0.##}/{c.Points}")));
        return new CountedScore(row.Total, gradebook.PointsPossible,
            string.Create(CultureInfo.InvariantCulture, $"{assignment.Id}: {row.Total:0.##} of {gradebook.PointsPossible} ({parts})."));
    }
}

internal sealed record CountedScore(decimal Given, decimal Maximum, string Comment);
