namespace Grader.Api.Data;

/// <summary>Column sizes shared by the database model and request validation.</summary>
public static class UserLimits
{
    public const int UserNameLength = 64;
    public const int DisplayNameLength = 128;
    public const int TokenNameLength = 64;
}
