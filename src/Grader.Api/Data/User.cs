namespace Grader.Api.Data;

/// <summary>A person who uses the grader: a student, a TA or an instructor.</summary>
public sealed class User
{
    public int Id { get; set; }

    /// <summary>The login name, e.g. a student number; unique.</summary>
    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    public Role Role { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<ApiToken> Tokens { get; set; } = [];
}

public enum Role
{
    Student,
    TA,
    Instructor,
}
