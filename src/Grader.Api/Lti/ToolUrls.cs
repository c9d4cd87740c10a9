using Microsoft.Extensions.Options;

namespace Grader.Api.Lti;

/// <summary>The tool's own addresses, from <see cref="LtiOptions.PublicUrl"/> or the request, and the check that a URL is one of them.</summary>
internal sealed class ToolUrls(IOptions<LtiOptions> options)
{
    public string Base(HttpRequest request) =>
        options.Value.PublicUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";

    public string Launch(HttpRequest request) => Base(request) + "/lti/launch";

    /// <summary>
    /// Whether a target link is the tool's own (same scheme, host and port): the launch never sends a browser to an
    /// address a platform, or someone who forged a login request, chose elsewhere.
    /// </summary>
    public bool IsOwn(HttpRequest request, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var target) && Uri.TryCreate(Base(request), UriKind.Absolute, out var own)
        && target.Scheme == own.Scheme && string.Equals(target.Host, own.Host, StringComparison.OrdinalIgnoreCase) && target.Port == own.Port
        && string.IsNullOrEmpty(target.UserInfo);
}
