using Grader.Api.Data;

namespace Grader.Api.Review;

/// <summary>How the layers make the final score.</summary>
internal static class Grades
{
    /// <summary>The override, else the autograder's score plus the adjustment, clamped to 0..max; null until graded.</summary>
    public static int? Final(int? auto, int? max, GradeLayers layers) =>
        auto is { } score && max is { } most ? Math.Clamp(layers.Override ?? score + (layers.Adjustment ?? 0), 0, most) : null;

    public static GradeResponse AsGrade(this Submission submission) => new(
        submission.Id,
        submission.Score,
        submission.Layers.Adjustment,
        submission.Layers.Override,
        submission.Layers.Reason,
        Final(submission.Score, submission.MaxScore, submission.Layers),
        submission.MaxScore,
        submission.Layers.Version,
        submission.Layers.ChangedAt);

    /// <summary>What the audit trail keeps of a grade before and after a change.</summary>
    public static GradeSnapshot Snapshot(int? auto, int? max, GradeLayers layers) =>
        new(auto, layers.Adjustment, layers.Override, layers.Reason, Final(auto, max, layers));
}

internal sealed record GradeSnapshot(int? Auto, int? Adjustment, int? Override, string? Reason, int? Final);
