using Grader.Api.Auth;

namespace Grader.Api.Review;

/// <summary>Reviewing one submission: its grade's layers, comments, and the audit trail of every change.</summary>
internal static class ReviewApi
{
    public static IEndpointRouteBuilder MapReview(this IEndpointRouteBuilder routes)
    {
        var submission = routes.MapGroup("/submissions/{submissionId:long}").WithTags("Review");

        submission.MapGet("/grade", GradeApi.Get)
            .WithName("GetGrade")
            .WithSummary("The grade's layers (autograder, TA adjustment or override) and the final score; the ETag to send when changing it.");
        submission.MapPut("/grade", GradeApi.Put)
            .WithName("ChangeGrade")
            .WithSummary("Set the TA's layer: an adjustment (± points) or an override (the final score), or neither to clear it; always with a reason. If-Match: the ETag you read (TAs and instructors).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.Staff);

        submission.MapGet("/comments", CommentsApi.List)
            .WithName("ListComments")
            .WithSummary("A submission's comments, oldest first (students: on their own submissions, never staff's private notes).");
        submission.MapGet("/comments/{commentId:long}", CommentsApi.Get)
            .WithName("GetComment")
            .WithSummary("One comment.");
        submission.MapPost("/comments", CommentsApi.Add)
            .WithName("AddComment")
            .WithSummary("Comment on a submission, or on one line of its code (students: on their own, never private).")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        submission.MapPut("/comments/{commentId:long}", CommentsApi.Edit)
            .WithName("EditComment")
            .WithSummary("Rewrite your comment.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        submission.MapDelete("/comments/{commentId:long}", CommentsApi.Delete)
            .WithName("DeleteComment")
            .WithSummary("Delete your comment (the audit trail keeps what it said).")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        submission.MapGet("/history", AuditApi.History)
            .WithName("SubmissionHistory")
            .WithSummary("Every change to this submission's grade and comments, oldest first (students: their own submission's grade changes).");

        routes.MapGet("/audit", AuditApi.List)
            .WithTags("Review")
            .WithName("Audit")
            .WithSummary("The audit trail, newest first: grade changes, comments, extensions, pinned submissions (instructors).")
            .RequireAuthorization(Policies.Instructor);
        return routes;
    }
}
