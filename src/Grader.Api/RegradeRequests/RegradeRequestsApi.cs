using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Grading;
using Grader.Api.Http;
using Grader.Api.Review;
using Grader.Api.Submissions;
using Grader.Exercises;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.RegradeRequests;

/// <summary>
/// Regrade requests: a student asks a TA to look at one of their graded submissions again; TAs list, answer and
/// resolve them, with or without a grade change (through the grade's layers). Students see only their own.
/// </summary>
internal static class RegradeRequestsApi
{
    public static IEndpointRouteBuilder MapRegradeRequests(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/submissions/{submissionId:long}/regrade-requests", Create)
            .WithTags("Regrade requests")
            .WithName("RequestRegrade")
            .WithSummary("Ask a TA to look at your graded submission again, optionally at one case (the student whose submission it is; one open request per submission).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var group = routes.MapGroup("/regrade-requests").WithTags("Regrade requests");
        group.MapGet("/", List)
            .WithName("ListRegradeRequests")
            .WithSummary("Regrade requests, oldest first: a student's own; every student's for TAs and instructors.");
        group.MapGet("/{requestId:long}", Get)
            .WithName("GetRegradeRequest")
            .WithSummary("One regrade request with its status and answer.");
        group.MapPost("/{requestId:long}/resolve", RegradeResolution.Resolve)
            .WithName("ResolveRegradeRequest")
            .WithSummary("Answer and resolve a regrade request, optionally changing the grade's TA layer: then send the grade's ETag in If-Match, as for PUT /submissions/{id}/grade (TAs and instructors; audited).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.Staff);
        return routes;
    }

    /// <param name="submissionId">Your graded submission.</param>
    /// <param name="request">Your message, and the case it is about if one.</param>
    internal static async Task<Results<Created<RegradeRequestResponse>, ProblemHttpResult>> Create(
        long submissionId, RegradeRequestBody request, HttpContext context, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var language = Language.Negotiate(context);
        var submission = await SubmissionsApi.Visible(db.Submissions.AsNoTracking(), context).FirstOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null)
        {
            return ReviewProblems.UnknownSubmission(submissionId);
        }

        var actor = context.User.UserId();
        if (submission.UserId != actor)
        {
            return RegradeProblems.NotYourSubmission.With();
        }

        if (submission.Status != SubmissionStatus.Completed || submission.Report is null)
        {
            return RegradeProblems.NotGradedYet.With();
        }

        var cases = ReportJson.Read(submission.Report).Cases.Count;
        if (request.CaseIndex is { } index && index >= cases)
        {
            return RegradeProblems.BadCase.With(cases - 1, index);
        }

        if (await db.RegradeRequests.AnyAsync(r => r.SubmissionId == submissionId && r.Status == RegradeStatus.Open, cancellationToken))
        {
            return RegradeProblems.AlreadyOpen.With();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var regrade = new RegradeRequest
        {
            SubmissionId = submissionId,
            StudentId = actor,
            CaseIndex = request.CaseIndex,
            Message = request.Message,
            Status = RegradeStatus.Open,
            CreatedAt = now,
        };

        // The request and its audit event land together (the event names the request's id).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.RegradeRequests.Add(regrade);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (TransientDatabaseErrors.Find(error) is null)
        {
            // Another request for the same submission was stored at the same moment (the unique index said so).
            return RegradeProblems.AlreadyOpen.With();
        }

        AuditLog.Add(db, AuditLog.About(submission, AuditKind.RegradeRequested, actor, now), null, regrade.Snapshot());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var response = await db.RegradeRequests.AsNoTracking().Where(r => r.Id == regrade.Id).Select(RegradeMapping.Row).FirstAsync(cancellationToken);
        return TypedResults.Created($"/regrade-requests/{regrade.Id}", response.AsResponse(language));
    }

    /// <param name="status">open or resolved.</param>
    /// <param name="assignmentId">Only requests about this assignment's exercises.</param>
    /// <param name="exerciseId">Only requests about this exercise.</param>
    internal static async Task<Results<Ok<List<RegradeRequestResponse>>, ProblemHttpResult>> List(
        HttpContext context,
        GraderDb db,
        CancellationToken cancellationToken,
        string? status = null,
        string? assignmentId = null,
        string? exerciseId = null)
    {
        if (exerciseId is not null && !Slugs.IsValid(exerciseId) || assignmentId is not null && !Slugs.IsValid(assignmentId))
        {
            return RegradeProblems.BadFilter.With();
        }

        var query = Visible(db.RegradeRequests.AsNoTracking(), context);
        if (status is not null)
        {
            if (!QueryEnum.TryParse<RegradeStatus>(status, out var wanted))
            {
                return RegradeProblems.UnknownStatus.With(QueryEnum.Spellings<RegradeStatus>(), status);
            }

            query = query.Where(r => r.Status == wanted);
        }

        if (exerciseId is not null)
        {
            query = query.Where(r => r.Submission.ExerciseId == exerciseId);
        }

        if (assignmentId is not null)
        {
            var exercises = await db.Set<AssignmentExercise>().Where(e => e.AssignmentId == assignmentId).Select(e => e.ExerciseId).ToListAsync(cancellationToken);
            if (exercises.Count == 0 && !await db.Assignments.AnyAsync(a => a.Id == assignmentId, cancellationToken))
            {
                return RegradeProblems.UnknownAssignment.With(assignmentId);
            }

            query = query.Where(r => exercises.Contains(r.Submission.ExerciseId));
        }

        var language = Language.Negotiate(context);
        var rows = await query.OrderBy(r => r.Id).Select(RegradeMapping.Row).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => r.AsResponse(language)).ToList());
    }

    /// <param name="requestId">The id from POST /submissions/{id}/regrade-requests.</param>
    internal static async Task<Results<Ok<RegradeRequestResponse>, ProblemHttpResult>> Get(
        long requestId, HttpContext context, GraderDb db, CancellationToken cancellationToken)
    {
        var row = await Visible(db.RegradeRequests.AsNoTracking(), context).Where(r => r.Id == requestId).Select(RegradeMapping.Row).FirstOrDefaultAsync(cancellationToken);
        return row is null ? Unknown(requestId) : TypedResults.Ok(row.AsResponse(Language.Negotiate(context)));
    }

    /// <summary>A submission's requests, oldest first (the caller may see the submission).</summary>
    public static async Task<List<RegradeRequestResponse>> ForSubmissionAsync(GraderDb db, long submissionId, string language, CancellationToken cancellationToken)
    {
        var rows = await db.RegradeRequests.AsNoTracking().Where(r => r.SubmissionId == submissionId).OrderBy(r => r.Id)
            .Select(RegradeMapping.Row).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.AsResponse(language))];
    }

    /// <summary>Every request for staff; a student's own for a student.</summary>
    internal static IQueryable<RegradeRequest> Visible(IQueryable<RegradeRequest> requests, HttpContext context)
    {
        if (context.User.IsStaff())
        {
            return requests;
        }

        var userId = context.User.UserId();
        return requests.Where(r => r.StudentId == userId);
    }

    /// <summary>The same answer whether it does not exist or is someone else's: ids reveal nothing.</summary>
    internal static ProblemHttpResult Unknown(long requestId) =>
        RegradeProblems.UnknownRequest.With(requestId);
}
