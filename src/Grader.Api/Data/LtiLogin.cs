namespace Grader.Api.Data;

/// <summary>
/// One OIDC login the tool started: the state and nonce it sent to the platform, which browser asked (a hash of a
/// cookie), and whether the launch that answered it was accepted (a nonce is used once).
/// </summary>
public sealed class LtiLogin
{
    public const int TokenLength = 64;

    /// <summary>The state sent to the platform (random, URL-safe).</summary>
    public required string State { get; set; }

    public required string Nonce { get; set; }

    /// <summary>SHA-256 of the browser cookie the login set: a launch from another browser is refused.</summary>
    public required string BrowserHash { get; set; }

    public int PlatformId { get; set; }

    public required string TargetLinkUri { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }
}
