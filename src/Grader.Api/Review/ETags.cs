using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Grader.Api.Review;

/// <summary>
/// Optimistic concurrency for a grade: its ETag names the submission, the version of the TAs' layer and the
/// autograder's score; a change must send it back in If-Match, so two TAs editing at once cannot overwrite each other
/// unknowingly, and nobody adjusts a score that a rejudge has replaced since they read it.
/// </summary>
internal static class ETags
{
    public static string For(long submissionId, int version, int? auto) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\"{submissionId}-{version}-{(auto is { } score ? score.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none")}\"");

    public static string For(GradeResponse grade) => For(grade.SubmissionId, grade.Version, grade.Auto);

    /// <summary>Null if If-Match names the current grade; else the problem to answer: 428 without If-Match, 412 for a stale, another resource's or a weak tag.</summary>
    public static ProblemHttpResult? Check(HttpRequest request, GradeResponse current) => Check(request.GetTypedHeaders().IfMatch, current);

    /// <summary>As <see cref="Check(HttpRequest, GradeResponse)"/>, for tags that came another way (a page's form).</summary>
    public static ProblemHttpResult? Check(IList<EntityTagHeaderValue> tags, GradeResponse current)
    {
        var submissionId = current.SubmissionId;
        if (tags.Count == 0 || tags.Any(t => t == EntityTagHeaderValue.Any))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                detail: $"Send the grade's ETag, quotes included, in If-Match (read it from GET /submissions/{submissionId}/grade), so that a change made by someone else meanwhile is not overwritten.");
        }

        var mine = For(current);
        return tags.Any(t => !t.IsWeak && t.Tag.Value == mine) ? null : Changed(current);
    }

    public static ProblemHttpResult Changed(GradeResponse current) =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Grade changed meanwhile",
            detail: $"The grade of submission {current.SubmissionId} is not the one you read: a TA changed it, or a rejudge replaced the autograder's score, since. Read it again (GET /submissions/{current.SubmissionId}/grade or its history), then decide and send your change with the new ETag.",
            extensions: new Dictionary<string, object?> { ["currentETag"] = For(current) });
}
