namespace Grader.Api.Data;

/// <summary>
/// A set of exercises with points, a window (opens, due, an optional late window with partial credit) and which of a
/// student's submissions counts per exercise.
/// </summary>
public sealed class Assignment
{
    public const int IdLength = 64;
    public const int TitleLength = 200;

    /// <summary>A slug the instructor chooses, e.g. hw1.</summary>
    public required string Id { get; set; }

    public required string TitleEn { get; set; }

    public required string TitleZhTw { get; set; }

    public DateTime OpensAt { get; set; }

    public DateTime DueAt { get; set; }

    /// <summary>Until when a late submission still earns <see cref="LateCreditPercent"/>; none: nothing after the due date counts.</summary>
    public DateTime? LateUntil { get; set; }

    public int? LateCreditPercent { get; set; }

    public CountedSubmission Counts { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public List<AssignmentExercise> Exercises { get; set; } = [];
}

/// <summary>One exercise of an assignment and what it is worth there.</summary>
public sealed class AssignmentExercise
{
    public required string AssignmentId { get; set; }

    public required string ExerciseId { get; set; }

    /// <summary>Points in the assignment (the exercise's score is scaled to them).</summary>
    public int Points { get; set; }

    /// <summary>The exercise's place in the assignment, from 0 (the gradebook's column order).</summary>
    public int Position { get; set; }
}

/// <summary>Which of a student's submissions of an exercise counts.</summary>
public enum CountedSubmission
{
    /// <summary>The last one submitted in time (or late, within the late window).</summary>
    Last,

    /// <summary>The one earning the most after any late penalty (the later one on a tie).</summary>
    Best,
}

/// <summary>A later due date for one student (an instructor's decision, with a reason).</summary>
public sealed class AssignmentExtension
{
    public required string AssignmentId { get; set; }

    public int UserId { get; set; }

    public DateTime DueAt { get; set; }

    public required string Reason { get; set; }

    public int GrantedById { get; set; }

    public DateTime GrantedAt { get; set; }
}

/// <summary>A TA's choice of which submission counts for a student and exercise, overriding last or best.</summary>
public sealed class PinnedSubmission
{
    public required string AssignmentId { get; set; }

    public int UserId { get; set; }

    public required string ExerciseId { get; set; }

    public long SubmissionId { get; set; }

    public required string Reason { get; set; }

    public int PinnedById { get; set; }

    public DateTime PinnedAt { get; set; }
}
