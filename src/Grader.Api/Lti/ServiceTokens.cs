using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Grader.Api.Data;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Grader.Api.Lti;

/// <summary>
/// Access tokens for a platform's services (AGS, NRPS) by OAuth 2 <c>client_credentials</c> with a signed JWT
/// <c>client_assertion</c> (its <c>aud</c> is the token endpoint, as Canvas requires), cached until shortly before
/// they expire: a class's scores do not each cost a token.
/// </summary>
internal sealed class ServiceTokens(IHttpClientFactory http, TimeProvider clock)
{
    private static readonly JsonWebTokenHandler Handler = new();
    private readonly ConcurrentDictionary<(int Platform, string Scopes), (string Token, DateTimeOffset Until)> cache = new();

    /// <exception cref="LtiServiceException">The platform refused or did not answer.</exception>
    public async Task<string> GetAsync(GraderDb db, LtiPlatform platform, string scopes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGetValue((platform.Id, scopes), out var cached) && now < cached.Until)
        {
            return cached.Token;
        }

        var assertion = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = platform.ClientId,
            Audience = platform.TokenEndpoint,
            Claims = new Dictionary<string, object> { ["sub"] = platform.ClientId, ["jti"] = BrowserBinding.RandomToken() },
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.UtcDateTime.AddMinutes(5),
            SigningCredentials = await ToolKeys.SigningAsync(db, cancellationToken),
        });
        using var client = http.CreateClient(PlatformKeys.HttpClientName);
        using var response = await LtiServiceException.SendAsync(() => client.PostAsync(platform.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
            ["scope"] = scopes,
        }), cancellationToken), "token endpoint", cancellationToken);
        await LtiServiceException.ThrowUnlessSuccessAsync(response, "token endpoint", cancellationToken);
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new LtiServiceException("The token endpoint answered without a token.", retry: true);
        if (string.IsNullOrEmpty(token.AccessToken))
        {
            throw new LtiServiceException("The token endpoint answered without an access_token.", retry: true);
        }

        var lifetime = TimeSpan.FromSeconds(Math.Max(0, (token.ExpiresIn ?? 3600) - 30));
        cache[(platform.Id, scopes)] = (token.AccessToken, now + lifetime);
        return token.AccessToken;
    }

    /// <summary>Forgets a token the platform refused (401): the next call asks for a new one.</summary>
    public void Forget(LtiPlatform platform, string scopes) => cache.TryRemove((platform.Id, scopes), out _);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn);
}

/// <summary>A platform service's failure: <see cref="Retry"/> for what may pass later (no answer, 5xx, 429, 401 with a stale token).</summary>
internal sealed class LtiServiceException(string message, bool retry, int? status = null) : Exception(message)
{
    public bool Retry { get; } = retry;

    public int? Status { get; } = status;

    public static async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await send();
        }
        catch (HttpRequestException e)
        {
            throw new LtiServiceException($"The platform's {what} could not be reached: {e.Message}", retry: true);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LtiServiceException($"The platform's {what} did not answer in time.", retry: true);
        }
    }

    public static async Task ThrowUnlessSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var excerpt = body.Length > 300 ? body[..300] : body;
        throw new LtiServiceException($"The platform's {what} answered {status}: {excerpt}", retry: status >= 500 || status is 429 or 401 or 408, status);
    }
}
