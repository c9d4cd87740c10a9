using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Grader.Api.Assignments;

/// <summary>The gradebook of an assignment, as JSON or as CSV; a student gets only their own row.</summary>
internal static class GradebookApi
{
    /// <param name="assignmentId">e.g. hw1</param>
    /// <param name="format">csv for CSV (or send Accept: text/csv); JSON otherwise.</param>
    internal static async Task<Results<Ok<Gradebook>, ContentHttpResult, ProblemHttpResult>> Get(
        string assignmentId, HttpContext context, GraderDb db, CancellationToken cancellationToken, string? format = null)
    {
        var csv = format is not null
            ? string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            : context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
        if (format is not null && !csv && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown format", detail: $"format is csv or json (got '{format}').");
        }

        var language = Language.Negotiate(context);
        if (await AssignmentsApi.FindAsync(db, assignmentId, cancellationToken) is not { } assignment)
        {
            return AssignmentsApi.Unknown(assignmentId);
        }

        int? onlyUser = context.User.IsStaff() ? null : context.User.UserId();
        var (gradebook, _) = await GradebookBuilder.BuildAsync(db, assignment, language, onlyUser, cancellationToken);
        if (!csv)
        {
            return TypedResults.Ok(gradebook);
        }

        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"{assignment.Id}-gradebook.csv" }.ToString();
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);

        // A byte-order mark, so that a spreadsheet opening the file reads it as UTF-8 (Chinese names) rather than the
        // machine's code page; LMS gradebook imports accept it.
        return TypedResults.Text("\uFEFF" + GradebookCsv.Write(gradebook), GradebookCsv.ContentType);
    }
}
