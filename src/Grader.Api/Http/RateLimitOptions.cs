using System.ComponentModel.DataAnnotations;

namespace Grader.Api.Http;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Submissions a student may make in a burst.</summary>
    [Range(1, 100_000)]
    public int SubmissionBurst { get; set; } = 10;

    /// <summary>Submissions a student regains per minute after a burst.</summary>
    [Range(1, 100_000)]
    public int SubmissionsPerMinute { get; set; } = 12;
}
