using Grader.Api.Submissions;

namespace Grader.Api.Assignments;

/// <param name="Columns">The exercises in order, with their points.</param>
/// <param name="Rows">One per student (a student gets only their own).</param>
public sealed record Gradebook(string AssignmentId, string Title, IReadOnlyList<GradebookColumn> Columns, int PointsPossible, IReadOnlyList<GradebookRow> Rows);

public sealed record GradebookColumn(string ExerciseId, int Points);

/// <param name="DueAt">The student's due date (an extension's, if later).</param>
/// <param name="Total">The sum of the exercises' scores.</param>
public sealed record GradebookRow(SubmissionOwner Student, DateTime DueAt, DateTime? LateUntil, bool Extended, IReadOnlyList<GradebookCell> Exercises, decimal Total);

/// <summary>One student's result on one exercise: the counted submission and how its score was made.</summary>
/// <param name="SubmissionId">The counted submission (null: none counts).</param>
/// <param name="Pinned">A TA chose it, overriding last or best.</param>
/// <param name="Auto">The autograder's score, out of maxScore.</param>
/// <param name="Final">The submission's final score (with a TA's adjustment or override), out of maxScore.</param>
/// <param name="LatePenalty">Points taken off for lateness.</param>
/// <param name="Score">The points earned in the assignment: final / maxScore × points, less the late penalty (two decimals).</param>
/// <param name="LatenessText">What the lateness means, in the request's language.</param>
public sealed record GradebookCell(
    string ExerciseId,
    int Points,
    long? SubmissionId,
    DateTime? SubmittedAt,
    Lateness? Lateness,
    string? LatenessText,
    bool Pinned,
    int? Auto,
    int? Adjustment,
    int? Override,
    int? Final,
    int? MaxScore,
    decimal LatePenalty,
    decimal Score);
