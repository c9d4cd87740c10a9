namespace Grader.Api.Data;

/// <summary>
/// What TAs put on top of the autograder's score: an adjustment (± points) or an override (the final score), with a
/// reason. Kept apart from <see cref="Submission.Score"/> so that a rejudge replaces only the autograder's layer.
/// Every change increments <see cref="Version"/>, which is the grade's ETag.
/// </summary>
public sealed class GradeLayers
{
    public const int ReasonLength = 1000;

    public int? Adjustment { get; set; }

    public int? Override { get; set; }

    public string? Reason { get; set; }

    /// <summary>0 until a TA first changes the grade; every change adds one.</summary>
    public int Version { get; set; }

    public DateTime? ChangedAt { get; set; }

    public int? ChangedById { get; set; }
}
