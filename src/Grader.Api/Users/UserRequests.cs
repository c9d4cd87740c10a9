using System.ComponentModel.DataAnnotations;
using Grader.Api.Data;

namespace Grader.Api.Users;

/// <param name="UserName">Login name, e.g. a student number: letters, digits, '.', '_', '-', '@'.</param>
/// <param name="DisplayName">The name TAs see.</param>
/// <param name="Role">student (default), ta or instructor.</param>
public sealed record CreateUserRequest(
    [property: Required, StringLength(UserLimits.UserNameLength, MinimumLength = 1), RegularExpression(UserNames.Pattern)] string UserName,
    [property: Required, StringLength(UserLimits.DisplayNameLength, MinimumLength = 1), RegularExpression(UserNames.NoControlCharacters, ErrorMessage = UserNames.ControlCharactersMessage)] string DisplayName,
    Role Role = Role.Student);

/// <param name="Name">What the token is for, e.g. "laptop" or "LMS".</param>
/// <param name="ExpiresInDays">Days until it stops working (none: until revoked).</param>
public sealed record CreateTokenRequest(
    [property: StringLength(UserLimits.TokenNameLength), RegularExpression(UserNames.NoControlCharacters, ErrorMessage = UserNames.ControlCharactersMessage)] string? Name = null,
    [property: Range(1, 3650)] int? ExpiresInDays = null);

/// <param name="UserName">A new login name (letters, digits, '.', '_', '-', '@'); the user's tokens keep working.</param>
/// <param name="DisplayName">A new name for TAs to see.</param>
/// <param name="Role">A new role: student, ta or instructor.</param>
/// <param name="Active">false deactivates the user (revokes every token, keeps the submissions); true reactivates (issue a new token).</param>
public sealed record UpdateUserRequest(
    [property: StringLength(UserLimits.UserNameLength, MinimumLength = 1), RegularExpression(UserNames.Pattern)] string? UserName = null,
    [property: StringLength(UserLimits.DisplayNameLength, MinimumLength = 1), RegularExpression(UserNames.NoControlCharacters, ErrorMessage = UserNames.ControlCharactersMessage)] string? DisplayName = null,
    Role? Role = null,
    bool? Active = null);

/// <param name="Active">false once an instructor deactivated the user.</param>
public sealed record UserResponse(int Id, string UserName, string DisplayName, Role Role, DateTime CreatedAt, bool Active = true);

/// <summary>A token's details; the secret itself is shown once, when it is created.</summary>
public sealed record TokenResponse(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RevokedAt);

/// <param name="Token">The bearer token. It is shown only now: the server keeps only its hash.</param>
public sealed record IssuedToken(int Id, int UserId, string UserName, string Name, string Token, DateTime CreatedAt, DateTime? ExpiresAt);

internal static class UserNames
{
    public const string Pattern = "^[A-Za-z0-9._@-]+$";

    /// <summary>Names are shown and stored as text: no NUL (PostgreSQL refuses it), tabs or line breaks.</summary>
    public const string NoControlCharacters = "^[^\\x00-\\x1f\\x7f]*$";

    public const string ControlCharactersMessage = "The field {0} must not contain control characters.";
}

internal static class UserMapping
{
    public static UserResponse AsResponse(this User user) => new(user.Id, user.UserName, user.DisplayName, user.Role, user.CreatedAt, user.DeactivatedAt is null);

    public static TokenResponse AsResponse(this ApiToken token) =>
        new(token.Id, token.Name, token.Prefix, token.CreatedAt, token.ExpiresAt, token.RevokedAt);
}
