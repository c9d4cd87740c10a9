using System.Globalization;
using System.Text;

namespace Grader.Api.Assignments;

/// <summary>
/// The gradebook as CSV (RFC 4180) for a spreadsheet or an LMS import: a header <c>userName,displayName,&lt;exercise
/// ids&gt;,total</c>, a row of points possible, then one row per student; numbers in the invariant culture.
/// </summary>
internal static class GradebookCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static string Write(Gradebook gradebook)
    {
        var csv = new StringBuilder();
        Line(csv, ["userName", "displayName", .. gradebook.Columns.Select(c => Text(c.ExerciseId)), "total"]);
        Line(csv, ["Points Possible", "", .. gradebook.Columns.Select(c => Number(c.Points)), Number(gradebook.PointsPossible)]);
        foreach (var row in gradebook.Rows)
        {
            Line(csv, [Text(row.Student.UserName), Text(row.Student.DisplayName), .. row.Exercises.Select(c => c.SubmissionId is null ? "" : Number(c.Score)), Number(row.Total)]);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells) => csv.Append(string.Join(',', cells.Select(Quoted))).Append("\r\n");

    /// <summary>RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Quoted(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    /// <summary>
    /// A text cell a spreadsheet would take for a formula (=, +, -, @, or a tab or carriage return before one) gets a
    /// leading apostrophe, so a display name like <c>=HYPERLINK(...)</c> shows as text instead of running.
    /// </summary>
    private static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
