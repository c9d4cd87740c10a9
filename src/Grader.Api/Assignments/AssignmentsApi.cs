using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Http;
using Grader.Api.OpenApi;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Assignments;

/// <summary>Assignments: exercises with points, a window with deadlines, and which submission counts.</summary>
internal static class AssignmentsApi
{
    public static IEndpointRouteBuilder MapAssignments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/assignments").WithTags("Assignments");

        group.MapGet("/", List).WithName("ListAssignments").WithSummary("Every assignment, by due date.");
        group.MapGet("/{assignmentId}", Get)
            .WithName("GetAssignment")
            .WithSummary("An assignment; for a student also their own deadline, extension, submissions with their lateness, and counted scores.");
        group.MapPost("/", Create)
            .WithName("CreateAssignment")
            .WithSummary("Create an assignment (instructors).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Instructor);
        group.MapPut("/{assignmentId}", Update)
            .WithName("UpdateAssignment")
            .WithSummary("Replace an assignment's title, exercises, window and counting rule (instructors).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Instructor);
        group.MapPut("/{assignmentId}/exercise-order", ExerciseOrder.Reorder)
            .WithName("ReorderAssignmentExercises")
            .WithSummary("Put an assignment's exercises in a new order (list each of them once); nothing else changes (instructors).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Instructor);
        group.MapPut("/{assignmentId}/extensions/{userId:int}", StudentOverrides.Extend)
            .WithName("GrantExtension")
            .WithSummary("Give one student a later due date, with a reason (instructors; audited).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Instructor);
        group.MapPut("/{assignmentId}/pins/{userId:int}/{exerciseId}", StudentOverrides.Pin)
            .WithName("PinSubmission")
            .WithSummary("Choose which of a student's submissions counts for an exercise, overriding last or best, with a reason; submissionId null removes the pin (TAs and instructors; audited).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Staff);
        group.MapGet("/{assignmentId}/gradebook", GradebookApi.Get)
            .WithName("Gradebook")
            .WithSummary("Per student and exercise the counted submission, its layers, late penalty and score, and totals; CSV with Accept: text/csv or ?format=csv (students: their own row).")
            .WithMetadata(new CsvResponseMetadata());
        return routes;
    }

    internal static async Task<Ok<List<AssignmentResponse>>> List(HttpContext context, GraderDb db, ExerciseCatalog catalog, CancellationToken cancellationToken)
    {
        var language = Language.Negotiate(context);
        var assignments = await db.Assignments.AsNoTracking().Include(a => a.Exercises).OrderBy(a => a.DueAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(assignments.Select(a => a.AsResponse(language, catalog, null)).ToList());
    }

    /// <param name="assignmentId">e.g. hw1</param>
    internal static async Task<Results<Ok<AssignmentResponse>, ProblemHttpResult>> Get(
        string assignmentId, HttpContext context, GraderDb db, ExerciseCatalog catalog, CancellationToken cancellationToken)
    {
        var language = Language.Negotiate(context);
        if (await FindAsync(db, assignmentId, cancellationToken) is not { } assignment)
        {
            return Unknown(assignmentId);
        }

        var mine = context.User.IsStaff() ? null : await MyAssignmentAsync(db, assignment, context.User.UserId(), language, cancellationToken);
        return TypedResults.Ok(assignment.AsResponse(language, catalog, mine));
    }

    internal static async Task<Results<Created<AssignmentResponse>, ProblemHttpResult>> Create(
        AssignmentRequest request, HttpContext context, GraderDb db, ExerciseCatalog catalog, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.Id is null)
        {
            return AssignmentProblems.IdRequired.With();
        }

        if (AssignmentValidation.Problem(request, catalog) is { } problem)
        {
            return problem;
        }

        if (await db.Assignments.AnyAsync(a => a.Id == request.Id, cancellationToken))
        {
            return Exists(request.Id);
        }

        var assignment = new Assignment { Id = request.Id, TitleEn = "", TitleZhTw = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
        assignment.Apply(request);
        db.Assignments.Add(assignment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (TransientDatabaseErrors.Find(error) is null)
        {
            // Created by another request between the check and the insert (an unavailable database is a 503 instead).
            return Exists(request.Id);
        }

        return TypedResults.Created($"/assignments/{assignment.Id}", assignment.AsResponse(Language.Negotiate(context), catalog, null));
    }

    /// <param name="assignmentId">e.g. hw1</param>
    /// <param name="request">The whole assignment as it should be (id, if given, must be the URL's).</param>
    internal static async Task<Results<Ok<AssignmentResponse>, ProblemHttpResult>> Update(
        string assignmentId, AssignmentRequest request, HttpContext context, GraderDb db, ExerciseCatalog catalog, TimeProvider clock, CancellationToken cancellationToken)
    {
        var assignment = Slugs.IsValid(assignmentId) ? await db.Assignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken) : null;
        if (assignment is null)
        {
            return Unknown(assignmentId);
        }

        var problem = request.Id is not null && request.Id != assignmentId
            ? AssignmentProblems.IdChanged.With(assignmentId, request.Id)
            : AssignmentValidation.Problem(request, catalog);
        if (problem is not null)
        {
            return problem;
        }

        // The exercise list is replaced whole, together with the rest.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<AssignmentExercise>().Where(e => e.AssignmentId == assignmentId).ExecuteDeleteAsync(cancellationToken);
        assignment.Apply(request);
        assignment.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (TransientDatabaseErrors.Find(error) is null)
        {
            // Another change of the same assignment replaced its exercises at the same moment (a 503 if the database is away).
            return AssignmentProblems.ChangedMeanwhile.With(assignmentId);
        }

        return TypedResults.Ok(assignment.AsResponse(Language.Negotiate(context), catalog, null));
    }

    internal static async Task<Assignment?> FindAsync(GraderDb db, string assignmentId, CancellationToken cancellationToken) =>
        Slugs.IsValid(assignmentId)
            ? await db.Assignments.AsNoTracking().Include(a => a.Exercises).FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken)
            : null;

    internal static ProblemHttpResult Unknown(string assignmentId) =>
        AssignmentProblems.UnknownAssignment.With(assignmentId);

    private static ProblemHttpResult Exists(string assignmentId) =>
        AssignmentProblems.AssignmentExists.With(assignmentId);

    private static async Task<MyAssignment> MyAssignmentAsync(GraderDb db, Assignment assignment, int userId, string language, CancellationToken cancellationToken)
    {
        var (gradebook, submissions) = await GradebookBuilder.BuildAsync(db, assignment, language, userId, cancellationToken);
        var extension = await db.Extensions.AsNoTracking().FirstOrDefaultAsync(e => e.AssignmentId == assignment.Id && e.UserId == userId, cancellationToken);
        var deadline = Deadline.For(assignment, extension);
        var row = gradebook.Rows.Single();
        var counted = row.Exercises.Select(c => c.SubmissionId).ToHashSet();
        var mine = submissions.Where(s => s.SubmittedAt >= assignment.OpensAt || counted.Contains(s.Id)).OrderByDescending(s => s.SubmittedAt).ThenByDescending(s => s.Id)
            .Select(s => new MySubmission(s.Id, s.ExerciseId, s.SubmittedAt, deadline.Of(s.SubmittedAt), deadline.Describe(deadline.Of(s.SubmittedAt)).In(language), s.Final, s.MaxScore, counted.Contains(s.Id)))
            .ToList();
        var granted = extension is null ? null : new ExtensionResponse(assignment.Id, userId, extension.DueAt, extension.Reason, extension.GrantedAt);
        return new MyAssignment(new DeadlineResponse(deadline.DueAt, deadline.LateUntil, deadline.LateCreditPercent, granted), row, mine);
    }
}
