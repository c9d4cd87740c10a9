using System.Security.Cryptography;
using System.Text;

namespace Grader.Api.Auth;

/// <summary>Bearer tokens: 256 random bits, shown once, stored as a SHA-256 hash.</summary>
internal static class Tokens
{
    private const string Marker = "grd_";

    public static NewToken Create()
    {
        return From(Marker + Base64Url(RandomNumberGenerator.GetBytes(32)));
    }

    /// <summary>A token whose secret is already known (the configured bootstrap token).</summary>
    public static NewToken From(string token) => new(token, Hash(token), PrefixOf(token));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Enough of the token to tell it apart in a list, far too little to guess the rest.</summary>
    public static string PrefixOf(string token) => token[..Math.Min(token.Length, 10)];

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed record NewToken(string Token, string Hash, string Prefix);
