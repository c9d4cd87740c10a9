using Grader.Api.Data;

namespace Grader.Api.Assignments;

/// <param name="Title">In the request's language (Accept-Language).</param>
/// <param name="Titles">Both languages, as the instructor wrote them.</param>
/// <param name="PointsPossible">The sum of the exercises' points.</param>
/// <param name="Mine">For a student: their own deadline, extension, submissions and counted score (null for staff).</param>
public sealed record AssignmentResponse(
    string Id,
    string Title,
    AssignmentTitle Titles,
    IReadOnlyList<AssignmentExerciseResponse> Exercises,
    DateTime OpensAt,
    DateTime DueAt,
    DateTime? LateUntil,
    int? LateCreditPercent,
    CountedSubmission Counts,
    int PointsPossible,
    MyAssignment? Mine);

/// <param name="Title">The exercise's title in the request's language.</param>
public sealed record AssignmentExerciseResponse(string ExerciseId, string Title, int Points);

/// <summary>A student's own view of an assignment.</summary>
/// <param name="Deadline">Their due date and late window (an extension included).</param>
/// <param name="Grades">What counts for them per exercise, and their total.</param>
/// <param name="Submissions">Their submissions of the assignment's exercises since it opened, newest first, each with its lateness.</param>
public sealed record MyAssignment(DeadlineResponse Deadline, GradebookRow Grades, IReadOnlyList<MySubmission> Submissions);

/// <param name="DueAt">The student's due date (the extension's, if later).</param>
/// <param name="LateUntil">The end of their late window, if the assignment has one.</param>
/// <param name="Extension">The extension granted to them, if any.</param>
public sealed record DeadlineResponse(DateTime DueAt, DateTime? LateUntil, int? LateCreditPercent, ExtensionResponse? Extension);

public sealed record ExtensionResponse(string AssignmentId, int UserId, DateTime DueAt, string Reason, DateTime GrantedAt);

/// <param name="LatenessText">What the lateness means, in the request's language.</param>
/// <param name="Counted">Whether this is the submission that counts in the gradebook.</param>
public sealed record MySubmission(long Id, string ExerciseId, DateTime SubmittedAt, Lateness Lateness, string LatenessText, int? Final, int? MaxScore, bool Counted);

/// <param name="SubmissionId">The pinned submission; null when the pin was removed (last or best decides again).</param>
public sealed record PinResponse(string AssignmentId, int UserId, string ExerciseId, long? SubmissionId, string Reason);
