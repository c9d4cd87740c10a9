using Grader.Api.Data;
using Grader.Exercises.Catalog;

namespace Grader.Api.Assignments;

internal static class AssignmentMapping
{
    /// <summary>Copies what an instructor wrote onto the entity (the id is set once, at creation).</summary>
    public static void Apply(this Assignment assignment, AssignmentRequest request)
    {
        assignment.TitleEn = request.Title.En;
        assignment.TitleZhTw = request.Title.ZhTW;
        assignment.OpensAt = request.OpensAt.UtcDateTime;
        assignment.DueAt = request.DueAt.UtcDateTime;
        assignment.LateUntil = request.LateUntil?.UtcDateTime;
        assignment.LateCreditPercent = request.LateCreditPercent;
        assignment.Counts = request.Counts;
        assignment.Exercises.AddRange(request.Exercises.Select((e, i) =>
            new AssignmentExercise { AssignmentId = assignment.Id, ExerciseId = e.ExerciseId, Points = e.Points, Position = i }));
    }

    public static AssignmentResponse AsResponse(this Assignment assignment, string language, ExerciseCatalog catalog, MyAssignment? mine)
    {
        var exercises = assignment.Exercises.OrderBy(e => e.Position)
            .Select(e => new AssignmentExerciseResponse(e.ExerciseId, catalog.Find(e.ExerciseId)?.Title.In(language) ?? e.ExerciseId, e.Points)).ToList();
        return new AssignmentResponse(
            assignment.Id,
            language == Http.Language.TraditionalChinese ? assignment.TitleZhTw : assignment.TitleEn,
            new AssignmentTitle(assignment.TitleEn, assignment.TitleZhTw),
            exercises,
            assignment.OpensAt,
            assignment.DueAt,
            assignment.LateUntil,
            assignment.LateCreditPercent,
            assignment.Counts,
            exercises.Sum(e => e.Points),
            mine);
    }
}
