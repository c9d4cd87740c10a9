using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Grader.Api.Http;

/// <summary>CSV (RFC 4180) as the service writes it for spreadsheets and LMS imports: the gradebook, analytics.</summary>
internal static class CsvText
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>
    /// A byte-order mark, so that a spreadsheet opening the file reads it as UTF-8 (Chinese names) rather than the
    /// machine's code page; LMS gradebook imports accept it.
    /// </summary>
    /// <summary>
    /// Whether the client asked for CSV: <c>format=csv</c>, or <c>Accept: text/csv</c> without a format; JSON otherwise.
    /// Any other format is a 400.
    /// </summary>
    public static bool Wanted(HttpContext context, string? format, out ProblemHttpResult? problem)
    {
        problem = null;
        if (format is null)
        {
            return context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
        }

        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            problem = CsvProblems.UnknownFormat.With(format);
        }

        return false;
    }

    /// <summary>Sends CSV as a download named <paramref name="fileName"/>, varying with Accept.</summary>
    public static ContentHttpResult Download(HttpContext context, string csv, string fileName)
    {
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        return TypedResults.Text(csv, ContentType);
    }

    public static string Document(StringBuilder csv) => "\uFEFF" + csv;

    public static void Line(StringBuilder csv, IEnumerable<string> cells) => csv.Append(string.Join(',', cells.Select(Quoted))).Append("\r\n");

    /// <summary>
    /// A text cell a spreadsheet would take for a formula (=, +, -, @, or a tab or carriage return before one) gets a
    /// leading apostrophe, so a display name like <c>=HYPERLINK(...)</c> shows as text instead of running.
    /// </summary>
    public static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Fraction(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "";

    /// <summary>RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Quoted(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
