namespace Grader.Api.Data;

/// <summary>A person who uses the grader: a student, a TA or an instructor.</summary>
public sealed class User
{
    public int Id { get; set; }

    /// <summary>The login name, e.g. a student number, as it was written.</summary>
    public required string UserName { get; set; }

    /// <summary>The login name in upper case; unique, so that "b123" and "B123" are one person.</summary>
    public string NormalizedUserName { get; set; } = "";

    public required string DisplayName { get; set; }

    public Role Role { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When an instructor deactivated the user (they left the course): their tokens are revoked and no new
    /// one is issued; their submissions stay.</summary>
    public DateTime? DeactivatedAt { get; set; }

    /// <summary>
    /// The LMS roster deactivated the user (they left every course that listed them), not an instructor: only such an
    /// account becomes active again when a roster lists it again; one deactivated by hand stays deactivated.
    /// </summary>
    public bool DeactivatedByRoster { get; set; }

    public List<ApiToken> Tokens { get; set; } = [];
}

public static class UserNameNormalizer
{
    public static string Normalize(string userName) => userName.ToUpperInvariant();
}

public enum Role
{
    Student,
    TA,
    Instructor,
}
