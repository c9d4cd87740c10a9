using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grader.Api.Assignments;

/// <summary>The gradebook of an assignment, as JSON or as CSV; a student gets only their own row.</summary>
internal static class GradebookApi
{
    /// <param name="assignmentId">e.g. hw1</param>
    /// <param name="format">csv for CSV (or send Accept: text/csv); JSON otherwise.</param>
    internal static async Task<Results<Ok<Gradebook>, ContentHttpResult, ProblemHttpResult>> Get(
        string assignmentId, HttpContext context, GraderDb db, CancellationToken cancellationToken, string? format = null)
    {
        var csv = CsvText.Wanted(context, format, out var problem);
        if (problem is not null)
        {
            return problem;
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

        return CsvText.Download(context, GradebookCsv.Write(gradebook), $"{assignment.Id}-gradebook.csv");
    }
}
