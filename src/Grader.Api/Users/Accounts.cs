using Grader.Api.Auth;
using Grader.Api.Data;

namespace Grader.Api.Users;

/// <summary>
/// The one place users and their tokens are made, so that every way in (creating one user, importing a roster, the
/// bootstrap instructor) stores them alike. Both only add to the context; the caller saves.
/// </summary>
internal static class Accounts
{
    public static User AddUser(GraderDb db, string userName, string displayName, Role role, DateTime now)
    {
        var user = new User { UserName = userName, DisplayName = displayName, Role = role, CreatedAt = now };
        db.Users.Add(user);
        return user;
    }

    /// <summary>A new token for the user: a fresh secret, or the given one (the configured bootstrap token).</summary>
    /// <returns>The stored row and the secret, which is shown once and never stored.</returns>
    public static (ApiToken Token, string Secret) AddToken(
        GraderDb db, User user, string name, DateTime now, DateTime? expiresAt = null, string? secret = null)
    {
        var issued = secret is null ? Tokens.Create() : Tokens.From(secret);
        var token = new ApiToken { User = user, Hash = issued.Hash, Prefix = issued.Prefix, Name = name, CreatedAt = now, ExpiresAt = expiresAt };
        db.Tokens.Add(token);
        return (token, issued.Token);
    }
}
