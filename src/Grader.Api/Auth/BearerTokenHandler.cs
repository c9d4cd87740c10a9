using System.Text.Encodings.Web;
using Grader.Api.Data;
using Grader.Api.Http;
using Grader.Exercises;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the stored hashes. Refusals are ProblemDetails
/// that say what is wrong: no token, a malformed header, or a token that is unknown, revoked or expired.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    GraderDb db,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    private const string FailureKey = "grader.auth.failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            return Fail(HttpProblems.BadAuthorizationHeader);
        }

        var hash = Tokens.Hash(header["Bearer ".Length..].Trim());
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.Tokens.AsNoTracking().Include(t => t.User)
            .FirstOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);

        if (token is null)
        {
            return Fail(HttpProblems.UnknownToken);
        }

        if (token.RevokedAt is not null)
        {
            return Fail(HttpProblems.RevokedToken);
        }

        if (token.ExpiresAt is { } expires && expires <= now)
        {
            return Fail(HttpProblems.ExpiredToken);
        }

        if (token.User.DeactivatedAt is not null)
        {
            // Deactivating revokes every token too; this holds even for one issued in a race with it.
            return Fail(HttpProblems.DeactivatedUser);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(Claims.For(token.User, SchemeName), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var detail = Context.Items[FailureKey] as LocalizedText ?? HttpProblems.NoToken;
        return Problems.WriteAsync(Context, HttpProblems.NotAuthenticated, detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, HttpProblems.Forbidden);

    private AuthenticateResult Fail(LocalizedText reason)
    {
        Context.Items[FailureKey] = reason;
        return AuthenticateResult.Fail(reason.En);
    }
}
