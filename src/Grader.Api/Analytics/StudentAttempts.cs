using Grader.Api.Data;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Analytics;

/// <summary>One student's submissions of an exercise, aggregated by the database (one row per student).</summary>
internal sealed record StudentAttempts(int UserId, int Submissions, int FirstAttempt, int? FirstAccepted, int? BestScore, int? MaxScore)
{
    /// <summary>Submissions up to and including the first accepted one (attempt numbers have no gaps).</summary>
    public int? UntilAccepted => FirstAccepted - FirstAttempt + 1;

    public static Task<List<StudentAttempts>> OfAsync(GraderDb db, SubmissionScope scope, CancellationToken cancellationToken) =>
        scope.Of(db)
            .GroupBy(s => s.UserId)
            .Select(g => new StudentAttempts(
                g.Key,
                g.Count(),
                g.Min(s => s.AttemptNumber),
                g.Min(s => s.Verdict == Verdict.Accepted ? s.AttemptNumber : null),
                g.Max(s => s.Score),
                g.Max(s => s.MaxScore)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// How hard an exercise was for those who tried it: 1 minus the mean credit, where a student accepted after n
    /// submissions earns 1/n and one never accepted 0. So 0 when everyone is accepted at the first try, 0.5 when
    /// everyone needs two (or half the class one and the rest never), 1 when nobody is accepted; null without students.
    /// </summary>
    public static double? DifficultyScore(IReadOnlyCollection<StudentAttempts> students) =>
        students.Count == 0 ? null : Math.Round(1 - students.Sum(s => s.UntilAccepted is { } n ? 1.0 / n : 0) / students.Count, 4);
}
