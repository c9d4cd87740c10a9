using Grader.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Grader.Api.Lti;

/// <summary>
/// Checks a launch's id_token, each check with its own refusal: the state (this browser's, not expired), the
/// algorithm (RS256 only: no <c>none</c>, no HMAC keyed with a public key), issuer and audience against the
/// registration, the signature against the platform's key named by <c>kid</c>, the lifetime with a small leeway, the
/// nonce (spent here, once), the deployment, message type, version and target.
/// </summary>
internal sealed class LaunchValidation(PlatformKeys keys, ToolUrls urls, TimeProvider clock, IOptions<LtiOptions> options)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<(ValidLaunch? Launch, LaunchFailure? Failure)> ValidateAsync(
        HttpContext context, GraderDb db, string? idToken, string? state, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(idToken))
        {
            return Fail(LaunchFailure.MissingParameter("id_token"));
        }

        if (string.IsNullOrEmpty(state))
        {
            return Fail(LaunchFailure.MissingParameter("state"));
        }

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(idToken);
        }
        catch (ArgumentException)
        {
            return Fail(LaunchFailure.NotAJwt);
        }

        if (token.Alg != SecurityAlgorithms.RsaSha256)
        {
            return Fail(LaunchFailure.WrongAlgorithm(token.Alg ?? "none"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var login = state.Length <= LtiLogin.TokenLength
            ? await db.LtiLogins.AsNoTracking().FirstOrDefaultAsync(l => l.State == state, cancellationToken)
            : null;
        if (login is null || login.ExpiresAt < now)
        {
            return Fail(LaunchFailure.UnknownState);
        }

        if (!BrowserBinding.Matches(context, login.BrowserHash))
        {
            return Fail(LaunchFailure.OtherBrowser);
        }

        var platform = await db.LtiPlatforms.AsNoTracking().Include(p => p.Deployments).FirstOrDefaultAsync(p => p.Id == login.PlatformId, cancellationToken);
        if (platform is null)
        {
            return Fail(LaunchFailure.UnknownPlatform(token.Issuer, null));
        }

        if (token.Issuer != platform.Issuer)
        {
            return Fail(LaunchFailure.WrongIssuer(token.Issuer, platform.Issuer));
        }

        var audiences = token.Audiences.ToList();
        var authorizedParty = token.TryGetPayloadValue<string>("azp", out var azp) ? azp : null;
        if (!audiences.Contains(platform.ClientId) || (authorizedParty is not null && authorizedParty != platform.ClientId)
            || (audiences.Count > 1 && authorizedParty is null))
        {
            return Fail(LaunchFailure.WrongAudience(string.Join(", ", audiences), platform.ClientId));
        }

        if (await SignatureAsync(platform, token, idToken, cancellationToken) is { } signature)
        {
            return Fail(signature);
        }

        var leeway = TimeSpan.FromSeconds(options.Value.LeewaySeconds);
        if (!token.TryGetPayloadValue<long>("exp", out _) || token.ValidTo + leeway < now)
        {
            return Fail(LaunchFailure.Expired);
        }

        if (token.IssuedAt > now + leeway)
        {
            return Fail(LaunchFailure.IssuedInFuture);
        }

        if (!token.TryGetPayloadValue<string>("nonce", out var nonce) || nonce != login.Nonce)
        {
            return Fail(LaunchFailure.WrongNonce);
        }

        // Spent by a conditional update: of two launches with the same nonce, in any processes, one passes.
        if (await db.LtiLogins.Where(l => l.State == state && l.UsedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.UsedAt, now), cancellationToken) != 1)
        {
            return Fail(LaunchFailure.ReplayedNonce);
        }

        var claims = LaunchClaims.Of(token);
        return Check(context, platform, claims) is { } failure ? Fail(failure) : (new ValidLaunch(platform, claims), null);
    }

    private async Task<LaunchFailure?> SignatureAsync(LtiPlatform platform, JsonWebToken token, string idToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token.Kid))
        {
            return LaunchFailure.MissingKid;
        }

        SecurityKey? key;
        try
        {
            key = await keys.FindAsync(platform, token.Kid, cancellationToken);
        }
        catch (PlatformKeysException e)
        {
            return LaunchFailure.KeysUnavailable(e.Message);
        }

        if (key is null)
        {
            return LaunchFailure.UnknownKid(token.Kid);
        }

        var result = await Handler.ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,

            // Checked above and below with messages of their own.
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        return result.IsValid ? null : LaunchFailure.BadSignature;
    }

    private LaunchFailure? Check(HttpContext context, LtiPlatform platform, LaunchClaims claims)
    {
        if (string.IsNullOrEmpty(claims.String("sub")))
        {
            return LaunchFailure.MissingClaim("sub");
        }

        if (claims.String(LtiClaims.DeploymentId) is not { } deployment)
        {
            return LaunchFailure.MissingClaim(LtiClaims.DeploymentId);
        }

        if (platform.Deployments.All(d => d.DeploymentId != deployment))
        {
            return LaunchFailure.UnregisteredDeployment(deployment);
        }

        if (claims.MessageType is not (LtiClaims.ResourceLinkRequest or LtiClaims.DeepLinkingRequest))
        {
            return LaunchFailure.WrongMessageType(claims.MessageType);
        }

        if (claims.String(LtiClaims.Version) != LtiClaims.SupportedVersion)
        {
            return LaunchFailure.WrongVersion(claims.String(LtiClaims.Version));
        }

        if (claims.String(LtiClaims.TargetLinkUri) is { } target && !urls.IsOwn(context.Request, target))
        {
            return LaunchFailure.ForeignTarget(target);
        }

        return claims.String(LtiClaims.Context, "id") is null ? LaunchFailure.MissingClaim(LtiClaims.Context) : null;
    }

    private static (ValidLaunch?, LaunchFailure?) Fail(LaunchFailure failure) => (null, failure);
}

/// <summary>A launch whose every check passed.</summary>
internal sealed record ValidLaunch(LtiPlatform Platform, LaunchClaims Claims)
{
    public string DeploymentId => Claims.String(LtiClaims.DeploymentId)!;
}
