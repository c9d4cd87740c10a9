namespace Grader.Api.Data;

/// <summary>
/// An LMS registered by an instructor, keyed by (issuer, client id): Canvas uses one issuer for every hosted instance,
/// so the issuer alone does not name a registration.
/// </summary>
public sealed class LtiPlatform
{
    public const int NameLength = 200;
    public const int UrlLength = 2000;
    public const int IdLength = 255;

    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Issuer { get; set; }

    public required string ClientId { get; set; }

    public required string AuthorizationEndpoint { get; set; }

    public required string TokenEndpoint { get; set; }

    public required string JwksUri { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public List<LtiDeployment> Deployments { get; set; } = [];
}

/// <summary>A deployment of the tool on a platform: a launch naming any other is refused.</summary>
public sealed class LtiDeployment
{
    public int PlatformId { get; set; }

    public required string DeploymentId { get; set; }
}
