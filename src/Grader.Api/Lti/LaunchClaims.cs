using System.Text.Json;
using Grader.Api.Data;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Grader.Api.Lti;

/// <summary>The payload of a validated id_token, read by claim name.</summary>
internal sealed class LaunchClaims(JsonElement payload)
{
    public static LaunchClaims Of(JsonWebToken token) =>
        new(JsonDocument.Parse(Base64UrlEncoder.Decode(token.EncodedPayload)).RootElement.Clone());

    public string? String(string claim) => payload.TryGetProperty(claim, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public JsonElement? Object(string claim) => payload.TryGetProperty(claim, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public string? String(string claim, string member) =>
        Object(claim) is { } o && o.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public IReadOnlyList<string> Strings(string claim) => payload.TryGetProperty(claim, out var value) && value.ValueKind == JsonValueKind.Array
        ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
        : [];

    public IReadOnlyList<string> Strings(string claim, string member) =>
        Object(claim) is { } o && o.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    public string Subject => String("sub")!;

    public string? MessageType => String(LtiClaims.MessageType);

    /// <summary>The user's name as the platform gives it: <c>name</c>, else given and family names.</summary>
    public string? Name => String("name") is { Length: > 0 } name ? name
        : string.Join(' ', new[] { String("given_name"), String("family_name") }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } joined ? joined : null;

    /// <summary>The grader's role for the LTI roles (never from custom parameters, which a course's author writes).</summary>
    public Role Role => LtiRoles.From(Strings(LtiClaims.Roles));
}

/// <summary>LIS role URIs to the grader's roles: Instructor or Administrator → instructor, TeachingAssistant → TA, else student.</summary>
internal static class LtiRoles
{
    public static Role From(IEnumerable<string> roles)
    {
        var names = roles.Select(Name).ToList();

        // "membership/Instructor#TeachingAssistant" is a TA, not an instructor: the sub-role decides.
        if (names.Contains("TeachingAssistant"))
        {
            return names.Contains("Administrator") ? Role.Instructor : Role.TA;
        }

        return names.Contains("Instructor") || names.Contains("Administrator") ? Role.Instructor : Role.Student;
    }

    /// <summary>The part after '#' (full URIs), else the last path segment, else the short name itself (LTI 1.3 allows "Learner").</summary>
    private static string Name(string role)
    {
        var hash = role.LastIndexOf('#');
        return hash >= 0 ? role[(hash + 1)..] : role[(role.LastIndexOf('/') + 1)..];
    }
}
