using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Grader.Api.Lti;

/// <summary>
/// Ties a login to the browser that started it: a random cookie (SameSite=None; Secure, since the launch is a
/// cross-site form post from the LMS), whose hash the login row keeps. A state copied into another browser fails.
/// </summary>
internal static class BrowserBinding
{
    public const string CookieName = "grader-lti-browser";

    /// <summary>The hash of this browser's cookie, setting a new cookie when it has none.</summary>
    public static string HashOrCreate(HttpContext context)
    {
        if (Hash(context) is { } existing)
        {
            return existing;
        }

        var value = RandomToken();
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.None,
            Path = "/lti",
            MaxAge = TimeSpan.FromDays(1),
            IsEssential = true,
        });
        return HashOf(value);
    }

    public static string? Hash(HttpContext context) =>
        context.Request.Cookies.TryGetValue(CookieName, out var value) && value is { Length: > 0 } ? HashOf(value) : null;

    public static bool Matches(HttpContext context, string expectedHash) =>
        Hash(context) is { } actual && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(actual), Encoding.ASCII.GetBytes(expectedHash));

    public static string RandomToken() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private static string HashOf(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
