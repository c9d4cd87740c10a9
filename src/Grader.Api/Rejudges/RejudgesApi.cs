using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Grading;
using Grader.Api.Http;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Rejudges;

/// <summary>
/// Rejudging (TAs and instructors): grade a set of one exercise's submissions again behind live submissions, compare
/// old and new results, then apply the whole set at once or cancel it.
/// </summary>
internal static class RejudgesApi
{
    /// <summary>More than a class of 500 with 40 attempts each; a larger set is better chosen by verdict.</summary>
    public const int MaxItems = 20_000;

    public static IEndpointRouteBuilder MapRejudges(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/rejudges").WithTags("Rejudges").RequireAuthorization(Policies.Staff);

        group.MapPost("/", Create)
            .WithName("CreateRejudge")
            .WithSummary("Grade an exercise's submissions again (all graded ones, a list of ids, or those with one verdict), or every submission an assignment's gradebook weighs across its exercises (assignmentId), behind live submissions and with each attempt's own seed; nothing changes until applied (TAs and instructors).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List)
            .WithName("ListRejudges")
            .WithSummary("Rejudges, newest first, with their progress and changes (TAs and instructors).");
        group.MapGet("/{rejudgeId:long}", Get)
            .WithName("GetRejudge")
            .WithSummary("A rejudge's progress and, per submission, the old and new verdict and score (TAs and instructors).");
        group.MapPost("/{rejudgeId:long}/apply", RejudgeDecisions.Apply)
            .WithName("ApplyRejudge")
            .WithSummary("Replace the autograder's result of every submission in the rejudge at once; TA adjustments and overrides stay, and a new score below a TA-reviewed final score is flagged for the TA (TAs and instructors; audited).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{rejudgeId:long}/cancel", RejudgeDecisions.Cancel)
            .WithName("CancelRejudge")
            .WithSummary("Discard a rejudge: its waiting submissions leave the queue and nothing of the submissions changes (TAs and instructors).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    /// <param name="request">The exercise, and which of its submissions.</param>
    internal static async Task<Results<Created<RejudgeResponse>, ProblemHttpResult>> Create(
        CreateRejudgeRequest request,
        HttpContext context,
        GraderDb db,
        ExerciseCatalog catalog,
        SubmissionSignals signals,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (Problem(request, catalog) is { } bad)
        {
            return bad;
        }

        Assignment? assignment = null;
        if (request.AssignmentId is { } assignmentId && (assignment = await Assignments.AssignmentsApi.FindAsync(db, assignmentId, cancellationToken)) is null)
        {
            return RejudgeProblems.UnknownAssignment.With(assignmentId);
        }

        var (chosen, problem) = await RejudgeSelections.ChooseAsync(db, request, assignment, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rejudge = new Rejudge
        {
            ExerciseId = request.ExerciseId,
            AssignmentId = request.AssignmentId,
            Selection = request.AssignmentId is not null ? RejudgeSelection.Assignment
                : request.SubmissionIds is not null ? RejudgeSelection.Submissions
                : request.Verdict is not null ? RejudgeSelection.Verdict
                : RejudgeSelection.All,
            Verdict = request.Verdict,
            Reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(),
            State = RejudgeState.Open,
            CreatedById = context.User.UserId(),
            CreatedAt = now,
            Items = [.. chosen.Select(s => new RejudgeItem
            {
                SubmissionId = s.Id,
                Status = RejudgeItemStatus.Queued,
                QueuedAt = now,
                OldVerdict = s.Verdict,
                OldScore = s.Score,
            })],
        };

        // The items are the queue entries: graders are told once they are visible.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Rejudges.Add(rejudge);
        await db.SaveChangesAsync(cancellationToken);
        await QueueNotifications.SendWorkAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signals.WorkQueued();

        var response = await RejudgeViews.LoadAsync(db, rejudge.Id, cancellationToken);
        return TypedResults.Created($"/rejudges/{rejudge.Id}", response!);
    }

    /// <param name="exerciseId">Only rejudges of this exercise's submissions (an assignment's too, when they include some).</param>
    internal static async Task<Results<Ok<List<RejudgeResponse>>, ProblemHttpResult>> List(
        GraderDb db, CancellationToken cancellationToken, string? exerciseId = null)
    {
        if (exerciseId is not null && !Slugs.IsValid(exerciseId))
        {
            return RejudgeProblems.BadExerciseFilter.With();
        }

        return TypedResults.Ok(await RejudgeViews.ListAsync(db, exerciseId, cancellationToken));
    }

    /// <param name="rejudgeId">The id from POST /rejudges.</param>
    internal static async Task<Results<Ok<RejudgeResponse>, ProblemHttpResult>> Get(long rejudgeId, GraderDb db, CancellationToken cancellationToken) =>
        await RejudgeViews.LoadAsync(db, rejudgeId, cancellationToken) is { } rejudge ? TypedResults.Ok(rejudge) : Unknown(rejudgeId);

    /// <summary>What is wrong with the request's combination of choices, or null.</summary>
    private static ProblemHttpResult? Problem(CreateRejudgeRequest request, ExerciseCatalog catalog)
    {
        if ((request.ExerciseId is null) == (request.AssignmentId is null))
        {
            return RejudgeProblems.ExerciseOrAssignment.With();
        }

        if (request.AssignmentId is not null && request.SubmissionIds is not null)
        {
            return RejudgeProblems.IdsWithAssignment.With();
        }

        if (request.ExerciseId is { } exerciseId && catalog.Find(exerciseId) is null)
        {
            return RejudgeProblems.UnknownExercise.With(exerciseId);
        }

        if (request.SubmissionIds is not null && request.Verdict is not null)
        {
            return RejudgeProblems.IdsAndVerdict.With();
        }

        return request.SubmissionIds is { Length: 0 or > MaxItems }
            ? RejudgeProblems.BadIdCount.With(MaxItems)
            : null;
    }

    internal static ProblemHttpResult Unknown(long rejudgeId) =>
        RejudgeProblems.UnknownRejudge.With(rejudgeId);
}
