using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grader.Api.Assignments;

/// <summary>The rules between an assignment's fields (each field's own limits are declared on the request).</summary>
internal static class AssignmentValidation
{
    public static ProblemHttpResult? Problem(AssignmentRequest request, ExerciseCatalog catalog)
    {
        var unknown = request.Exercises.Select(e => e.ExerciseId).Where(id => catalog.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            return AssignmentProblems.UnknownExercises.With(string.Join(", ", unknown));
        }

        if (request.Exercises.GroupBy(e => e.ExerciseId).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return AssignmentProblems.ListedTwice.With(twice.Key);
        }

        if (request.DueAt <= request.OpensAt)
        {
            return AssignmentProblems.DueBeforeOpen.With();
        }

        if (request.LateUntil is { } lateUntil && lateUntil <= request.DueAt)
        {
            return AssignmentProblems.LateBeforeDue.With();
        }

        return (request.LateUntil is null) != (request.LateCreditPercent is null)
            ? AssignmentProblems.LateHalf.With()
            : null;
    }
}
