using Grader.Api.Data;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Lti;

/// <summary>
/// OIDC third-party initiated login: the platform names itself and the user, the tool stores a fresh state and nonce
/// (bound to this browser) and sends the browser to the platform's authorization endpoint for an id_token.
/// </summary>
internal static class Login
{
    /// <summary>GET or POST /lti/login; every refusal is an error page.</summary>
    internal static async Task<IResult> Start(HttpContext context, GraderDb db, ToolUrls urls, TimeProvider clock, IOptions<LtiOptions> options, CancellationToken cancellationToken)
    {
        var parameters = await LtiForms.ReadAsync(context, cancellationToken);
        string? Get(string name) => parameters.TryGetValue(name, out var value) && value.Count > 0 && !string.IsNullOrEmpty(value[0]) ? value[0] : null;

        var issuer = Get("iss");
        var loginHint = Get("login_hint");
        var target = Get("target_link_uri");
        foreach (var (name, value) in new[] { ("iss", issuer), ("login_hint", loginHint), ("target_link_uri", target) })
        {
            if (value is null)
            {
                return LaunchPages.Error(context, LaunchFailure.MissingParameter(name));
            }
        }

        var clientId = Get("client_id");
        var candidates = await db.LtiPlatforms.AsNoTracking().Include(p => p.Deployments)
            .Where(p => p.Issuer == issuer && (clientId == null || p.ClientId == clientId)).Take(2).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return LaunchPages.Error(context, LaunchFailure.UnknownPlatform(issuer!, clientId));
        }

        if (candidates.Count > 1)
        {
            return LaunchPages.Error(context, LaunchFailure.AmbiguousPlatform(issuer!));
        }

        var platform = candidates[0];
        if (Get("lti_deployment_id") is { } deployment && platform.Deployments.All(d => d.DeploymentId != deployment))
        {
            return LaunchPages.Error(context, LaunchFailure.UnregisteredDeployment(deployment));
        }

        if (!urls.IsOwn(context.Request, target!))
        {
            return LaunchPages.Error(context, LaunchFailure.ForeignTarget(target!));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var login = new LtiLogin
        {
            State = BrowserBinding.RandomToken(),
            Nonce = BrowserBinding.RandomToken(),
            BrowserHash = BrowserBinding.HashOrCreate(context),
            PlatformId = platform.Id,
            TargetLinkUri = target!,
            CreatedAt = now,
            ExpiresAt = now.AddMinutes(options.Value.LoginMinutes),
        };
        db.LtiLogins.Add(login);

        // Logins nobody finished are forgotten as new ones come.
        await db.LtiLogins.Where(l => l.ExpiresAt < now.AddHours(-1)).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var query = new Dictionary<string, string?>
        {
            ["scope"] = "openid",
            ["response_type"] = "id_token",
            ["response_mode"] = "form_post",
            ["prompt"] = "none",
            ["client_id"] = platform.ClientId,
            ["redirect_uri"] = urls.Launch(context.Request),
            ["login_hint"] = loginHint,
            ["state"] = login.State,
            ["nonce"] = login.Nonce,
        };
        if (Get("lti_message_hint") is { } messageHint)
        {
            query["lti_message_hint"] = messageHint;
        }

        return Results.Redirect(QueryHelpers.AddQueryString(platform.AuthorizationEndpoint, query));
    }
}
