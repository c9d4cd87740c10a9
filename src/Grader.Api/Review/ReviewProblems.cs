using Microsoft.AspNetCore.Http.HttpResults;

namespace Grader.Api.Review;

internal static class ReviewProblems
{
    /// <summary>The same answer whether it does not exist or belongs to someone else: ids reveal nothing.</summary>
    public static ProblemHttpResult UnknownSubmission(long submissionId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown submission", detail: $"You have no submission {submissionId}.");

    public static ProblemHttpResult UnknownComment(long submissionId, long commentId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown comment", detail: $"Submission {submissionId} has no comment {commentId} you can see.");
}
