namespace Grader.Api.Data;

/// <summary>
/// A bearer token. Only its SHA-256 hash is stored: tokens are 256 random bits, so a fast hash is enough and a stolen
/// database gives no usable token.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public User User { get; set; } = null!;

    /// <summary>Hex SHA-256 of the token; unique.</summary>
    public required string Hash { get; set; }

    /// <summary>The token's first characters, so people can tell their tokens apart without the secret.</summary>
    public required string Prefix { get; set; }

    public required string Name { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
