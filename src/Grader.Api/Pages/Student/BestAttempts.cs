using Grader.Api.Data;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Pages.Student;

/// <summary>A student's best graded attempt per exercise: the highest score, the later one on a tie.</summary>
internal static class BestAttempts
{
    public sealed record Best(long SubmissionId, Verdict? Verdict, int? Score, int? MaxScore);

    public static async Task<IReadOnlyDictionary<string, Best>> ForAsync(GraderDb db, int userId, CancellationToken cancellationToken)
    {
        var graded = await db.Submissions.AsNoTracking()
            .Where(s => s.UserId == userId && s.Status == SubmissionStatus.Completed)
            .Select(s => new { s.Id, s.ExerciseId, s.Verdict, s.Score, s.MaxScore })
            .ToListAsync(cancellationToken);
        return graded
            .GroupBy(s => s.ExerciseId)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(s => s.Score ?? -1).ThenByDescending(s => s.Id)
                    .Select(s => new Best(s.Id, s.Verdict, s.Score, s.MaxScore)).First());
    }
}
