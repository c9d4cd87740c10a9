namespace Grader.Api.Auth;

/// <summary>The authorization policies endpoints name.</summary>
internal static class Policies
{
    /// <summary>TAs and instructors.</summary>
    public const string Staff = "staff";

    public const string Instructor = "instructor";
}
