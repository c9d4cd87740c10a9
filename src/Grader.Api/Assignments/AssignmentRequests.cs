using System.ComponentModel.DataAnnotations;
using Grader.Api.Data;
using Grader.Api.Http;
using Grader.Api.Review;
using Grader.Api.Users;

namespace Grader.Api.Assignments;

/// <summary>An assignment as an instructor writes it (POST creates it; PUT replaces it whole).</summary>
/// <param name="Id">A short id for URLs, e.g. hw1: lower-case letters, digits and '-' (POST only; PUT takes it from the URL).</param>
/// <param name="Title">The title students see, in English and Traditional Chinese.</param>
/// <param name="Exercises">The exercises, in the gradebook's order, each with its points in this assignment.</param>
/// <param name="OpensAt">From when submissions count (earlier ones are practice).</param>
/// <param name="DueAt">The due date; a submission up to this moment is on time.</param>
/// <param name="LateUntil">Optional: until when a late submission still earns lateCreditPercent of its score.</param>
/// <param name="LateCreditPercent">With lateUntil: the share of the score a late submission earns (0 to 100).</param>
/// <param name="Counts">Which submission counts per exercise: last (default) or best.</param>
public sealed record AssignmentRequest(
    [property: StringLength(Assignment.IdLength), RegularExpression(Slugs.Pattern)] string? Id,
    [property: Required] AssignmentTitle Title,
    [property: Required, MinLength(1), MaxLength(AssignmentRules.MaxExercises)] IReadOnlyList<AssignmentExerciseRequest> Exercises,
    DateTimeOffset OpensAt,
    DateTimeOffset DueAt,
    DateTimeOffset? LateUntil = null,
    [property: Range(0, 100)] int? LateCreditPercent = null,
    CountedSubmission Counts = CountedSubmission.Last);

/// <param name="En">English.</param>
/// <param name="ZhTW">Traditional Chinese (繁體中文).</param>
public sealed record AssignmentTitle(
    [property: Required, StringLength(Assignment.TitleLength, MinimumLength = 1), RegularExpression(UserNames.NoControlCharacters, ErrorMessage = UserNames.ControlCharactersMessage)] string En,
    [property: Required, StringLength(Assignment.TitleLength, MinimumLength = 1), RegularExpression(UserNames.NoControlCharacters, ErrorMessage = UserNames.ControlCharactersMessage)] string ZhTW);

/// <param name="ExerciseId">An exercise of the catalog, e.g. cumsum.</param>
/// <param name="Points">What it is worth in this assignment (its score is scaled to these points).</param>
public sealed record AssignmentExerciseRequest(
    [property: Required, StringLength(64), RegularExpression(Slugs.Pattern)] string ExerciseId,
    [property: Range(1, AssignmentRules.MaxPoints)] int Points);

/// <param name="ExerciseIds">Every exercise of the assignment, each once, in the order students and the gradebook show them.</param>
public sealed record ExerciseOrderRequest(
    [property: Required, MinLength(1), MaxLength(AssignmentRules.MaxExercises)] IReadOnlyList<string> ExerciseIds);

/// <param name="DueAt">The student's own due date (later than the assignment's); the late window, if any, moves with it.</param>
/// <param name="Reason">Why (the audit trail keeps it).</param>
public sealed record ExtensionRequest(
    DateTimeOffset DueAt,
    [property: Required, StringLength(GradeLayers.ReasonLength, MinimumLength = 1), RegularExpression(TextRules.NoNul, ErrorMessage = TextRules.NoNulMessage)] string Reason);

/// <param name="SubmissionId">The student's submission of this exercise that counts, whatever last or best would choose; null removes the pin.</param>
/// <param name="Reason">Why (the audit trail keeps it).</param>
public sealed record PinRequest(
    long? SubmissionId,
    [property: Required, StringLength(GradeLayers.ReasonLength, MinimumLength = 1), RegularExpression(TextRules.NoNul, ErrorMessage = TextRules.NoNulMessage)] string Reason);

internal static class AssignmentRules
{
    public const int MaxExercises = 50;
    public const int MaxPoints = 1000;
}
