using Grader.Exercises.Catalog;

namespace Grader.Api.Assignments;

/// <summary>The rules between an assignment's fields (each field's own limits are declared on the request).</summary>
internal static class AssignmentValidation
{
    public static string? Problem(AssignmentRequest request, ExerciseCatalog catalog)
    {
        var unknown = request.Exercises.Select(e => e.ExerciseId).Where(id => catalog.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            return $"Unknown exercise(s): {string.Join(", ", unknown)}. GET /exercises lists them.";
        }

        if (request.Exercises.GroupBy(e => e.ExerciseId).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return $"{twice.Key} is listed twice; each exercise appears once.";
        }

        if (request.DueAt <= request.OpensAt)
        {
            return "dueAt must be later than opensAt.";
        }

        if (request.LateUntil is { } lateUntil && lateUntil <= request.DueAt)
        {
            return "lateUntil must be later than dueAt.";
        }

        return (request.LateUntil is null) != (request.LateCreditPercent is null)
            ? "lateUntil and lateCreditPercent go together: give both for a late window, or neither."
            : null;
    }
}
