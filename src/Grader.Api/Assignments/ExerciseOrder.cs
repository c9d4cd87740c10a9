using Grader.Api.Data;
using Grader.Api.Http;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Assignments;

/// <summary>
/// Reorders an assignment's exercises (the order students, the gradebook and its CSV show them in) without touching
/// anything else. The body lists exactly the assignment's exercises; a list that names others (the assignment was
/// changed meanwhile) is refused with 409 and the current ones, so two instructors never lose or gain an exercise here.
/// </summary>
internal static class ExerciseOrder
{
    /// <param name="assignmentId">e.g. hw1</param>
    /// <param name="request">Every exercise of the assignment, in the new order.</param>
    internal static async Task<Results<Ok<AssignmentResponse>, ProblemHttpResult>> Reorder(
        string assignmentId, ExerciseOrderRequest request, HttpContext context, GraderDb db, ExerciseCatalog catalog, TimeProvider clock, CancellationToken cancellationToken)
    {
        var assignment = Slugs.IsValid(assignmentId)
            ? await db.Assignments.Include(a => a.Exercises).FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken)
            : null;
        if (assignment is null)
        {
            return AssignmentsApi.Unknown(assignmentId);
        }

        var bad = request.ExerciseIds.ToList().FindIndex(id => id is null || !Slugs.IsValid(id));
        if (bad >= 0)
        {
            return AssignmentProblems.OrderBadId.With(bad);
        }

        if (request.ExerciseIds.GroupBy(id => id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return AssignmentProblems.OrderListedTwice.With(twice.Key);
        }

        var current = assignment.Exercises.OrderBy(e => e.Position).Select(e => e.ExerciseId).ToList();
        if (!current.ToHashSet().SetEquals(request.ExerciseIds))
        {
            return AssignmentProblems.OrderNotItsExercises.With(assignmentId, string.Join(", ", current));
        }

        var position = request.ExerciseIds.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        foreach (var exercise in assignment.Exercises)
        {
            exercise.Position = position[exercise.ExerciseId];
        }

        assignment.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (TransientDatabaseErrors.Find(error) is null)
        {
            // The exercise list was replaced (PUT /assignments/{id}) between reading it and storing the new order.
            return AssignmentProblems.OrderChangedMeanwhile.With(assignmentId);
        }

        return TypedResults.Ok(assignment.AsResponse(Language.Negotiate(context), catalog, null));
    }
}
