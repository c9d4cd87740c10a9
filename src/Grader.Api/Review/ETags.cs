using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Grader.Api.Review;

/// <summary>
/// Optimistic concurrency for a grade: its ETag names the submission and the grade's version; a change must send it
/// back in If-Match, so two TAs editing at once cannot overwrite each other unknowingly.
/// </summary>
internal static class ETags
{
    public static string For(long submissionId, int version) =>
        $"\"{submissionId.ToString(System.Globalization.CultureInfo.InvariantCulture)}-{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";

    /// <summary>The version the client read, or the problem to answer: 428 without If-Match, 412 for another resource's or a weak tag.</summary>
    public static (int? Version, ProblemHttpResult? Problem) Expected(HttpRequest request, long submissionId, int current)
    {
        var tags = request.GetTypedHeaders().IfMatch;
        if (tags.Count == 0 || tags.Any(t => t == EntityTagHeaderValue.Any))
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                detail: $"Send the grade's ETag in If-Match (read it from GET /submissions/{submissionId}/grade), so that a change made by someone else meanwhile is not overwritten."));
        }

        var mine = For(submissionId, current);
        return tags.Any(t => !t.IsWeak && t.Tag.Value == mine) ? (current, null) : (null, Changed(submissionId, current));
    }

    public static ProblemHttpResult Changed(long submissionId, int current) =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Grade changed meanwhile",
            detail: $"The grade of submission {submissionId} is not the version you read: someone changed it since. Read it again (GET /submissions/{submissionId}/grade or its history), then decide and send your change with the new ETag.",
            extensions: new Dictionary<string, object?> { ["currentETag"] = For(submissionId, current) });
}
