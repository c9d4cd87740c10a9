using System.Globalization;
using Grader.Api.Data;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Analytics;

/// <summary>Computes an exercise's analytics: every count is aggregated by the database; only per-student rows and top-10 lists come back.</summary>
internal static class ExerciseStatistics
{
    /// <summary>Attempts until accepted are counted one by one up to this; more fall in one last bucket.</summary>
    public const int AttemptBuckets = 10;

    public static async Task<ExerciseAnalytics> ComputeAsync(GraderDb db, SubmissionScope scope, string language, CancellationToken cancellationToken)
    {
        var exercise = scope.Exercise;
        var students = await StudentAttempts.OfAsync(db, scope, cancellationToken);
        var sql = new ReportSql(db, scope);
        var misconceptions = await sql.MisconceptionsAsync(cancellationToken);
        var compileErrors = await sql.CompileErrorsAsync(cancellationToken);
        var hidden = await sql.FailedHiddenCasesAsync(cancellationToken);
        var hours = await sql.VerdictsByHourAsync(cancellationToken);
        var examples = await CompilerMessagesAsync(db, compileErrors, language, cancellationToken);
        var caseNames = exercise.Cases(0);

        var maxScore = students.Max(s => s.MaxScore) ?? exercise.Points;
        return new ExerciseAnalytics(
            exercise.Id,
            exercise.Title.In(language),
            scope.AssignmentId,
            students.Count,
            students.Sum(s => s.Submissions),
            students.Count(s => s.FirstAccepted == s.FirstAttempt),
            students.Count(s => s.FirstAccepted is not null),
            StudentAttempts.DifficultyScore(students),
            AttemptDistribution(students),
            maxScore,
            [.. Enumerable.Range(0, maxScore + 1).Select(score => new CountBucket(Number(score), students.Count(s => (s.BestScore ?? 0) == score)))],
            [.. hours.GroupBy(h => h.Hour).Select(h => new HourVerdicts(
                DateTime.SpecifyKind(DateTime.ParseExact(h.Key, "yyyy-MM-dd HH", CultureInfo.InvariantCulture), DateTimeKind.Utc),
                (int)h.Sum(v => v.Count),
                [.. h.Select(v => new VerdictCount(Enum.Parse<Verdict>(v.Verdict), (int)v.Count))]))],
            [.. misconceptions.Select(m => new FindingCount(
                m.Key,
                exercise.Misconceptions.FirstOrDefault(d => d.Id == m.Key)?.Message.In(language) ?? m.Key,
                (int)m.Submissions, (int)m.Students, m.Example))],
            [.. compileErrors.Select(e => new FindingCount(e.Key, examples.GetValueOrDefault(e.Key) ?? e.Key, (int)e.Submissions, (int)e.Students, e.Example))],
            [.. hidden.Select(h => new HiddenCaseCount(
                (int)h.Index + 1,
                h.Index < caseNames.Count ? caseNames[(int)h.Index].Name.In(language) : Number(h.Index + 1),
                (int)h.Submissions, (int)h.Students))],
            await MedianGradingMsAsync(db, scope, cancellationToken));
    }

    private static IReadOnlyList<CountBucket> AttemptDistribution(IReadOnlyList<StudentAttempts> students)
    {
        var accepted = students.Where(s => s.UntilAccepted is not null).Select(s => s.UntilAccepted!.Value).ToList();
        return
        [
            .. Enumerable.Range(1, AttemptBuckets - 1).Select(n => new CountBucket(Number(n), accepted.Count(a => a == n))),
            new CountBucket($"{AttemptBuckets}+", accepted.Count(a => a >= AttemptBuckets)),
        ];
    }

    /// <summary>The middle of compile + run times, found by the database's ordering (one or two rows come back).</summary>
    private static async Task<double?> MedianGradingMsAsync(GraderDb db, SubmissionScope scope, CancellationToken cancellationToken)
    {
        var times = scope.Of(db).Where(s => s.CompileMs != null).Select(s => s.CompileMs!.Value + (s.RunMs ?? 0));
        var count = await times.CountAsync(cancellationToken);
        if (count == 0)
        {
            return null;
        }

        var middle = await times.OrderBy(t => t).Skip((count - 1) / 2).Take(2 - (count % 2)).ToListAsync(cancellationToken);
        return Math.Round(middle.Average(), 1);
    }

    /// <summary>The compiler's message for each listed error, from its example submission's stored report.</summary>
    private static async Task<Dictionary<string, string>> CompilerMessagesAsync(GraderDb db, List<FindingRow> errors, string language, CancellationToken cancellationToken)
    {
        var ids = errors.Select(e => e.Example).ToList();
        var reports = await db.Submissions.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Report }).ToDictionaryAsync(s => s.Id, s => s.Report, cancellationToken);
        var messages = new Dictionary<string, string>();
        foreach (var error in errors)
        {
            if (reports.GetValueOrDefault(error.Example) is { } json
                && Grading.ReportJson.Read(json).Diagnostics.FirstOrDefault(d => d.Id == error.Key) is { } diagnostic)
            {
                messages[error.Key] = diagnostic.Message.In(language);
            }
        }

        return messages;
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}
