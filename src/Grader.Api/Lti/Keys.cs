using System.Security.Cryptography;
using Grader.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Grader.Api.Lti;

/// <summary>
/// The tool's own RS256 keys, kept in the database so every process signs with the same key and publishes the same
/// JWKS: created on first start, rotated on an instructor's request (the old key stays published for
/// <see cref="LtiOptions.RetiredKeyDays"/>).
/// </summary>
internal sealed class ToolKeys(IServiceScopeFactory scopes, TimeProvider clock, IOptions<LtiOptions> options)
{
    /// <summary>Makes the first key when there is none (two processes starting at once may each make one; both are published).</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        if (!await db.LtiKeys.AnyAsync(k => k.RetiredAt == null, cancellationToken))
        {
            db.LtiKeys.Add(NewKey(clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>A new signing key; the current ones retire (and stay published for a while).</summary>
    public static async Task<LtiKey> RotateAsync(GraderDb db, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LtiKeys.Where(k => k.RetiredAt == null).ExecuteUpdateAsync(set => set.SetProperty(k => k.RetiredAt, now), cancellationToken);
        var key = NewKey(now);
        db.LtiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return key;
    }

    /// <summary>The key that signs now: the newest one not retired.</summary>
    public static async Task<SigningCredentials> SigningAsync(GraderDb db, CancellationToken cancellationToken)
    {
        var key = await db.LtiKeys.AsNoTracking().Where(k => k.RetiredAt == null)
            .OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Kid).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("The tool has no signing key: ToolKeys.EnsureAsync runs at start.");
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(key.PrivateKey, out _);
        return new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = key.Kid }, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>The public halves of the signing keys and of those retired recently.</summary>
    public async Task<IReadOnlyList<Dictionary<string, string>>> PublishedAsync(GraderDb db, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetiredKeyDays);
        var keys = await db.LtiKeys.AsNoTracking().Where(k => k.RetiredAt == null || k.RetiredAt > since)
            .OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        return [.. keys.Select(Public)];
    }

    private static Dictionary<string, string> Public(LtiKey key)
    {
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(key.PrivateKey, out _);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new()
        {
            ["kty"] = "RSA",
            ["alg"] = SecurityAlgorithms.RsaSha256,
            ["use"] = "sig",
            ["kid"] = key.Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    private static LtiKey NewKey(DateTime now)
    {
        using var rsa = RSA.Create(2048);
        return new LtiKey
        {
            Kid = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16)),
            PrivateKey = rsa.ExportPkcs8PrivateKey(),
            CreatedAt = now,
        };
    }
}

/// <summary>Creates the tool's first key when the service starts (after the database is migrated).</summary>
internal sealed class ToolKeysStartup(ToolKeys keys) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => keys.EnsureAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
