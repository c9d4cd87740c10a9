namespace Grader.Api.Data;

/// <summary>
/// A signed-in browser (the pages' session cookie): the cookie names it by a random key, of which only the SHA-256
/// hash is stored. Signing out deletes it, so a copied cookie dies with it; it also ends when its user is deactivated
/// or the token it was made from is revoked or expires.
/// </summary>
public sealed class WebSession
{
    public long Id { get; set; }

    /// <summary>Hex SHA-256 of the session's key; unique.</summary>
    public required string KeyHash { get; set; }

    public int UserId { get; set; }

    public User User { get; set; } = null!;

    /// <summary>The token pasted to sign in; null for a session the LMS launch made.</summary>
    public int? TokenId { get; set; }

    public ApiToken? Token { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Whatever its use, a session ends then (the cookie also lapses after hours without use).</summary>
    public DateTime ExpiresAt { get; set; }
}
