using System.ComponentModel.DataAnnotations;

namespace Grader.Api.Lti;

public sealed class LtiOptions
{
    public const string Section = "Lti";

    /// <summary>
    /// The tool's address as LMSs reach it (e.g. https://grader.example.edu), for <c>/lti/config</c>, the launch URL
    /// and deep-linking items; unset, the request's own scheme and host.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Clock skew allowed on an id_token's <c>iat</c> and <c>exp</c>.</summary>
    [Range(0, 300)]
    public int LeewaySeconds { get; set; } = 60;

    /// <summary>How long a login's state and nonce wait for the launch.</summary>
    [Range(1, 60)]
    public int LoginMinutes { get; set; } = 10;

    /// <summary>How long a rotated-out key stays in the JWKS.</summary>
    [Range(0, 365)]
    public int RetiredKeyDays { get; set; } = 7;

    /// <summary>How long a platform's JWKS is cached before it is fetched again (an unknown kid refetches at once).</summary>
    [Range(1, 1440)]
    public int PlatformKeysMinutes { get; set; } = 60;

    /// <summary>The outbox sender's first pause after a failed send; it doubles up to <see cref="MaxRetrySeconds"/>.</summary>
    [Range(0.01, 3600)]
    public double FirstRetrySeconds { get; set; } = 5;

    [Range(0.01, 86400)]
    public double MaxRetrySeconds { get; set; } = 900;

    /// <summary>How often an idle sender looks at the outbox.</summary>
    [Range(0.01, 600)]
    public double PollSeconds { get; set; } = 2;

    /// <summary>A claimed score is another process's to send again after this long (its sender died).</summary>
    [Range(1, 3600)]
    public int SendLeaseSeconds { get; set; } = 60;
}
