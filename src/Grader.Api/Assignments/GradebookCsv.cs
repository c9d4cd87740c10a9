using System.Text;
using static Grader.Api.Http.CsvText;

namespace Grader.Api.Assignments;

/// <summary>
/// The gradebook as CSV (RFC 4180) for a spreadsheet or an LMS import: a header <c>userName,displayName,&lt;exercise
/// ids&gt;,total</c>, a row of points possible, then one row per student; numbers in the invariant culture; a byte-order mark first.
/// </summary>
internal static class GradebookCsv
{
    public static string Write(Gradebook gradebook)
    {
        var csv = new StringBuilder();
        Line(csv, ["userName", "displayName", .. gradebook.Columns.Select(c => Text(c.ExerciseId)), "total"]);
        Line(csv, ["Points Possible", "", .. gradebook.Columns.Select(c => Number(c.Points)), Number(gradebook.PointsPossible)]);
        foreach (var row in gradebook.Rows)
        {
            Line(csv, [Text(row.Student.UserName), Text(row.Student.DisplayName), .. row.Exercises.Select(c => c.SubmissionId is null ? "" : Number(c.Score)), Number(row.Total)]);
        }

        return Document(csv);
    }
}
