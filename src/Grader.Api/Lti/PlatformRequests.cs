using System.ComponentModel.DataAnnotations;
using Grader.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grader.Api.Lti;

/// <summary>An LMS as its administrator's registration of the tool describes it.</summary>
/// <param name="Name">What instructors call it, e.g. "NTU COOL (Canvas)".</param>
/// <param name="Issuer">The platform's <c>iss</c>, e.g. https://canvas.instructure.com.</param>
/// <param name="ClientId">The client id the platform gave the tool.</param>
/// <param name="DeploymentIds">The deployments whose launches are accepted.</param>
/// <param name="AuthorizationEndpoint">The platform's OIDC authorization URL (where the login redirects).</param>
/// <param name="TokenEndpoint">The platform's OAuth 2 token URL (for grade passback and the roster).</param>
/// <param name="JwksUri">The platform's public keys.</param>
public sealed record PlatformRequest(
    [property: Required, StringLength(LtiPlatform.NameLength, MinimumLength = 1)] string Name,
    [property: Required, StringLength(LtiPlatform.UrlLength, MinimumLength = 1)] string Issuer,
    [property: Required, StringLength(LtiPlatform.IdLength, MinimumLength = 1)] string ClientId,
    [property: Required, MinLength(1), MaxLength(100)] IReadOnlyList<string> DeploymentIds,
    [property: Required, StringLength(LtiPlatform.UrlLength)] string AuthorizationEndpoint,
    [property: Required, StringLength(LtiPlatform.UrlLength)] string TokenEndpoint,
    [property: Required, StringLength(LtiPlatform.UrlLength)] string JwksUri)
{
    /// <summary>What is wrong beyond the attributes: the URLs must be absolute http(s), the deployments non-empty and distinct.</summary>
    public ProblemHttpResult? Problem()
    {
        foreach (var (name, value) in new[] { ("authorizationEndpoint", AuthorizationEndpoint), ("tokenEndpoint", TokenEndpoint), ("jwksUri", JwksUri) })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                return LtiProblems.BadUrl.With(name, value);
            }
        }

        if (DeploymentIds.Any(d => string.IsNullOrWhiteSpace(d) || d.Length > LtiPlatform.IdLength))
        {
            return LtiProblems.BadDeploymentId.With(LtiPlatform.IdLength);
        }

        return DeploymentIds.Distinct(StringComparer.Ordinal).Count() != DeploymentIds.Count ? LtiProblems.DeploymentTwice.With() : null;
    }
}

public sealed record PlatformResponse(
    int Id,
    string Name,
    string Issuer,
    string ClientId,
    IReadOnlyList<string> DeploymentIds,
    string AuthorizationEndpoint,
    string TokenEndpoint,
    string JwksUri,
    DateTime CreatedAt,
    DateTime? UpdatedAt);

internal static class PlatformMapping
{
    public static PlatformResponse AsResponse(this LtiPlatform platform) => new(
        platform.Id, platform.Name, platform.Issuer, platform.ClientId, [.. platform.Deployments.Select(d => d.DeploymentId).Order(StringComparer.Ordinal)],
        platform.AuthorizationEndpoint, platform.TokenEndpoint, platform.JwksUri, platform.CreatedAt, platform.UpdatedAt);

    public static void Apply(this LtiPlatform platform, PlatformRequest request)
    {
        platform.Name = request.Name.Trim();
        platform.Issuer = request.Issuer.Trim();
        platform.ClientId = request.ClientId.Trim();
        platform.AuthorizationEndpoint = request.AuthorizationEndpoint.Trim();
        platform.TokenEndpoint = request.TokenEndpoint.Trim();
        platform.JwksUri = request.JwksUri.Trim();
        platform.Deployments = [.. request.DeploymentIds.Select(d => new LtiDeployment { DeploymentId = d.Trim() })];
    }
}
