using Grader.Api.Data;
using Grader.Exercises.Catalog;

namespace Grader.Api.Analytics;

/// <summary>The chapter overview: every exercise (or an assignment's) with its difficulty, hardest first.</summary>
internal static class ChapterRanking
{
    public static readonly Grader.Exercises.LocalizedText Definition = new(
        "Difficulty = 1 − the mean credit of the students who tried: a student accepted after n submissions counts 1/n, one never accepted 0. 0: everyone accepted at the first try; 1: nobody accepted.",
        "難度 = 1 − 嘗試過的學生平均得分比重：第 n 次繳交才通過的學生計 1/n，從未通過計 0。0 表示人人第一次就通過；1 表示無人通過。");

    public static async Task<ChapterOverview> ComputeAsync(
        GraderDb db, IReadOnlyList<SubmissionScope> scopes, string? assignmentId, string language, CancellationToken cancellationToken)
    {
        var rows = new List<(Exercise Exercise, List<StudentAttempts> Students)>();
        foreach (var scope in scopes)
        {
            rows.Add((scope.Exercise, await StudentAttempts.OfAsync(db, scope, cancellationToken)));
        }

        var ranked = rows
            .Select(r => (r.Exercise, r.Students, Difficulty: StudentAttempts.DifficultyScore(r.Students)))
            .OrderByDescending(r => r.Difficulty ?? -1).ThenBy(r => r.Exercise.Order)
            .Select((r, i) => new ExerciseDifficulty(
                i + 1,
                r.Exercise.Id,
                r.Exercise.Title.In(language),
                r.Exercise.Topic,
                r.Students.Count,
                r.Students.Count(s => s.FirstAccepted == s.FirstAttempt),
                r.Students.Count(s => s.FirstAccepted is not null),
                r.Students.Any(s => s.UntilAccepted is not null) ? Math.Round(r.Students.Where(s => s.UntilAccepted is not null).Average(s => s.UntilAccepted!.Value), 2) : null,
                r.Difficulty))
            .ToList();
        return new ChapterOverview(assignmentId, Definition.In(language), ranked);
    }
}
