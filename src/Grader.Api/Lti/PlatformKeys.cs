using System.Collections.Concurrent;
using Grader.Api.Data;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Grader.Api.Lti;

/// <summary>
/// The platforms' public keys, fetched from their JWKS URLs and cached per process (a cache: any process can fetch
/// them again). A key id not in the cache fetches the set again at once, once for all the launches that wait on it,
/// so a platform's key rotation costs one fetch, not a refused launch.
/// </summary>
internal sealed class PlatformKeys(IHttpClientFactory http, TimeProvider clock, IOptions<LtiOptions> options)
{
    public const string HttpClientName = "lti";

    private readonly ConcurrentDictionary<string, Cached> cache = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> fetching = new();

    /// <summary>The platform's key with this id, or null when its JWKS (fetched again if need be) has none.</summary>
    /// <exception cref="PlatformKeysException">The JWKS could not be fetched or read.</exception>
    public async Task<SecurityKey?> FindAsync(LtiPlatform platform, string kid, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (cache.TryGetValue(platform.JwksUri, out var cached) && now < cached.FetchedAt.AddMinutes(options.Value.PlatformKeysMinutes)
            && Find(cached.Keys, kid) is { } known)
        {
            return known;
        }

        var gate = fetching.GetOrAdd(platform.JwksUri, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another launch may have fetched the set while this one waited.
            if (cache.TryGetValue(platform.JwksUri, out var fresh) && fresh.FetchedAt > now && Find(fresh.Keys, kid) is { } found)
            {
                return found;
            }

            var keys = await FetchAsync(platform.JwksUri, cancellationToken);
            cache[platform.JwksUri] = new Cached(keys, clock.GetUtcNow());
            return Find(keys, kid);
        }
        finally
        {
            gate.Release();
        }
    }

    private static SecurityKey? Find(IList<SecurityKey> keys, string kid) => keys.FirstOrDefault(k => k.KeyId == kid);

    private async Task<IList<SecurityKey>> FetchAsync(string uri, CancellationToken cancellationToken)
    {
        string json;
        try
        {
            using var client = http.CreateClient(HttpClientName);
            using var response = await client.GetAsync(uri, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new PlatformKeysException($"The platform's JWKS ({uri}) answered {(int)response.StatusCode}.");
            }

            json = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new PlatformKeysException($"The platform's JWKS ({uri}) could not be reached: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PlatformKeysException($"The platform's JWKS ({uri}) did not answer in time.");
        }

        try
        {
            return new JsonWebKeySet(json).GetSigningKeys();
        }
        catch (ArgumentException e)
        {
            throw new PlatformKeysException($"The platform's JWKS ({uri}) is not a JSON Web Key Set: {e.Message}");
        }
    }

    private sealed record Cached(IList<SecurityKey> Keys, DateTimeOffset FetchedAt);
}

internal sealed class PlatformKeysException(string message) : Exception(message);
