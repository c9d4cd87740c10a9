using System.Globalization;
using System.Text;
using static Grader.Api.Http.CsvText;

namespace Grader.Api.Analytics;

/// <summary>
/// The raw numbers as CSV. The exercise's: one row per number, <c>section,key,label,count,students,exampleSubmissionId</c>
/// (sections: summary, attempts and scores (count: students), verdicts-by-hour, misconceptions, compile-errors, hidden-cases). The students':
/// one row each. Text cells are guarded against formula injection.
/// </summary>
internal static class AnalyticsCsv
{
    public static string Write(ExerciseAnalytics a)
    {
        var csv = new StringBuilder();
        Line(csv, ["section", "key", "label", "count", "students", "exampleSubmissionId"]);
        void Row(string section, string key, string label, string count, string students = "", string example = "") =>
            Line(csv, [section, Text(key), Text(label), count, students, example]);

        Row("summary", "students", "", I(a.Students));
        Row("summary", "submissions", "", I(a.Submissions));
        Row("summary", "acceptedFirstTry", "", I(a.AcceptedFirstTry));
        Row("summary", "acceptedEventually", "", I(a.AcceptedEventually));
        Row("summary", "difficulty", "", Fraction(a.Difficulty));
        Row("summary", "medianGradingMs", "", Fraction(a.MedianGradingMs));
        foreach (var bucket in a.AttemptsUntilAccepted)
        {
            Row("attempts", bucket.Label, "", I(bucket.Count));
        }

        foreach (var bucket in a.Scores)
        {
            Row("scores", bucket.Label, "", I(bucket.Count));
        }

        foreach (var hour in a.VerdictsByHour)
        {
            foreach (var verdict in hour.Verdicts)
            {
                Row("verdicts-by-hour", hour.Hour.ToString("yyyy-MM-ddTHH:00Z", CultureInfo.InvariantCulture), System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(verdict.Verdict.ToString()), I(verdict.Count));
            }
        }

        foreach (var m in a.Misconceptions)
        {
            Row("misconceptions", m.Id, m.Label, I(m.Submissions), I(m.Students), m.ExampleSubmissionId.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var e in a.CompileErrors)
        {
            Row("compile-errors", e.Id, e.Label, I(e.Submissions), I(e.Students), e.ExampleSubmissionId.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var c in a.HiddenCases)
        {
            Row("hidden-cases", I(c.Number), c.Name, I(c.Submissions), I(c.Students));
        }

        return Document(csv);
    }

    public static string Write(IReadOnlyList<StudentAnalytics> students)
    {
        var csv = new StringBuilder();
        Line(csv, ["userId", "userName", "displayName", "submissions", "attemptsUntilAccepted", "bestScore", "maxScore"]);
        foreach (var s in students)
        {
            Line(csv, [I(s.UserId), Text(s.UserName), Text(s.DisplayName), I(s.Submissions), I(s.AttemptsUntilAccepted), I(s.BestScore), I(s.MaxScore)]);
        }

        return Document(csv);
    }

    private static string I(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
