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
            return ReviewProblems.IfMatchRequired.With(submissionId);
        }

        var mine = For(current);
        return tags.Any(t => !t.IsWeak && t.Tag.Value == mine) ? null : Changed(current);
    }

    public static ProblemHttpResult Changed(GradeResponse current) =>
        TypedResults.Problem(ReviewProblems.GradeChanged.Problem(current.SubmissionId).Extend("currentETag", For(current)));
}
