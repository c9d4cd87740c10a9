using Grader.Api.Data;
using Grader.Exercises;

namespace Grader.Api.Assignments;

/// <summary>Where a submission falls in a student's window.</summary>
public enum Lateness
{
    /// <summary>Up to the student's due date: full credit.</summary>
    OnTime,

    /// <summary>After the due date, within the late window: the assignment's late credit.</summary>
    Late,

    /// <summary>After the late window (or the due date, without one): graded, but never counted.</summary>
    TooLate,
}

/// <summary>
/// One student's window for an assignment: the assignment's, or a later due date from an extension, the late window
/// moving with it (it keeps its length).
/// </summary>
internal sealed record Deadline(DateTime DueAt, DateTime? LateUntil, int? LateCreditPercent)
{
    public static Deadline For(Assignment assignment, AssignmentExtension? extension)
    {
        var due = extension is not null && extension.DueAt > assignment.DueAt ? extension.DueAt : assignment.DueAt;
        return new Deadline(due, assignment.LateUntil + (due - assignment.DueAt), assignment.LateCreditPercent);
    }

    public Lateness Of(DateTime submittedAt) =>
        submittedAt <= DueAt ? Lateness.OnTime : submittedAt <= LateUntil ? Lateness.Late : Lateness.TooLate;

    /// <summary>The share of the score a submission earns.</summary>
    public decimal Credit(Lateness lateness) => lateness switch
    {
        Lateness.OnTime => 1m,
        Lateness.Late => (LateCreditPercent ?? 0) / 100m,
        _ => 0m,
    };

    /// <summary>What a student reads about a submission's lateness.</summary>
    public LocalizedText Describe(Lateness lateness) => lateness switch
    {
        Lateness.OnTime => new("On time.", "準時繳交。"),
        Lateness.Late => new(
            $"Late: it earns {LateCreditPercent ?? 0}% of its score.",
            $"遲交：得分以 {LateCreditPercent ?? 0}% 計。"),
        _ => new(
            "Too late: graded so you can learn from it, but it does not count.",
            "逾期：仍會批改供你參考，但不計入成績。"),
    };
}
