namespace Grader.Api.Data;

/// <summary>
/// One of the tool's RS256 key pairs: the newest one not retired signs (deep-linking responses, AGS client
/// assertions); retired ones stay published in the JWKS for a while so that what they signed still verifies.
/// </summary>
public sealed class LtiKey
{
    public const int KidLength = 64;

    /// <summary>The key id platforms look the key up by.</summary>
    public required string Kid { get; set; }

    /// <summary>The private key, PKCS#8. Never returned by any endpoint.</summary>
    public required byte[] PrivateKey { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When a newer key replaced it; published until some days after.</summary>
    public DateTime? RetiredAt { get; set; }
}
