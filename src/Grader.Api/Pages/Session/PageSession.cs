using System.Security.Claims;
using System.Security.Cryptography;
using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Pages;

/// <summary>
/// The pages' sign-in: an HTTP-only, SameSite=Lax cookie (Secure over HTTPS) that stands for one user, made from a
/// pasted token (<c>/app/signin</c>) or by the LMS launch (<see cref="SignInAsync(HttpContext, User)"/>). The cookie
/// names a row of <see cref="WebSession"/>, checked on every request as a bearer token is: signing out deletes the row
/// (a copied cookie is dead too), a deactivated user's sessions end at once, and so do the sessions made from a token
/// when it is revoked or expires; a changed role or name applies at once.
/// </summary>
public static class PageSession
{
    public const string SchemeName = "Session";

    public const string CookieName = "grader.session";

    /// <summary>The random key that names the session's row (its hash is stored).</summary>
    internal const string KeyClaim = "grader:session";

    /// <summary>The cookie lapses after this long without use.</summary>
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(12);

    /// <summary>A session ends this long after sign-in, however much it is used.</summary>
    internal static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Signs <paramref name="user"/> in for the pages (the LTI launch's way in): no token behind it.</summary>
    public static Task SignInAsync(HttpContext context, User user) => SignInAsync(context, user, tokenId: null);

    internal static async Task SignInAsync(HttpContext context, User user, int? tokenId)
    {
        var db = context.RequestServices.GetRequiredService<GraderDb>();
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await db.WebSessions.Where(s => s.UserId == user.Id && s.ExpiresAt <= now).ExecuteDeleteAsync(context.RequestAborted);
        db.WebSessions.Add(new WebSession { KeyHash = Tokens.Hash(key), UserId = user.Id, TokenId = tokenId, CreatedAt = now, ExpiresAt = now + Lifetime });
        await db.SaveChangesAsync(context.RequestAborted);
        await context.SignInAsync(SchemeName, PrincipalFor(user, key), new AuthenticationProperties { IsPersistent = false });
    }

    /// <summary>Ends the session: its row goes, then the cookie.</summary>
    internal static async Task SignOutAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(SchemeName);
        if (result.Principal?.FindFirstValue(KeyClaim) is { } key)
        {
            var hash = Tokens.Hash(key);
            var db = context.RequestServices.GetRequiredService<GraderDb>();
            await db.WebSessions.Where(s => s.KeyHash == hash).ExecuteDeleteAsync(context.RequestAborted);
        }

        await context.SignOutAsync(SchemeName);
    }

    /// <summary>The token's user, if the token is one the bearer handler would accept now.</summary>
    internal static async Task<(User? User, int TokenId)> UserOfTokenAsync(GraderDb db, string token, DateTime now, CancellationToken cancellationToken)
    {
        var hash = Tokens.Hash(token.Trim());
        var found = await db.Tokens.AsNoTracking().Include(t => t.User).FirstOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        return found is { RevokedAt: null } && (found.ExpiresAt is not { } expires || expires > now) && found.User.DeactivatedAt is null
            ? (found.User, found.Id)
            : (null, 0);
    }

    public static AuthenticationBuilder AddPageSession(this AuthenticationBuilder authentication)
    {
        authentication.AddCookie(SchemeName, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = "/";
            options.ExpireTimeSpan = IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/app/signin";
            options.LogoutPath = "/app/signout";
            options.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = ValidateAsync,
                OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden),
            };
        });
        return authentication;
    }

    private static ClaimsPrincipal PrincipalFor(User user, string key)
    {
        var principal = Claims.For(user, SchemeName);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(KeyClaim, key));
        return principal;
    }

    /// <summary>Every request: does the session still exist, and are its user (and the token it came from) still allowed in?</summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<GraderDb>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var key = context.Principal?.FindFirstValue(KeyClaim);
        var hash = key is null ? "" : Tokens.Hash(key);
        var user = await db.WebSessions.AsNoTracking()
            .Where(s => s.KeyHash == hash && s.ExpiresAt > now && s.User.DeactivatedAt == null
                && (s.Token == null || (s.Token.RevokedAt == null && (s.Token.ExpiresAt == null || s.Token.ExpiresAt > now))))
            .Select(s => s.User)
            .FirstOrDefaultAsync(http.RequestAborted);
        if (key is null || user is null)
        {
            context.RejectPrincipal();
            await http.SignOutAsync(SchemeName);
            return;
        }

        // The user's role and name as they are now, not as they were at sign-in.
        context.ReplacePrincipal(PrincipalFor(user, key));
    }

    /// <summary>Pages go to the sign-in page or show a refusal page; a JSON call made with the cookie gets ProblemDetails.</summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var http = context.HttpContext;
        if (PagePaths.IsPage(http.Request.Path))
        {
            if (status == StatusCodes.Status401Unauthorized)
            {
                http.Response.Redirect(context.RedirectUri);
            }
            else
            {
                http.Response.StatusCode = status; // the error page says it in the page's language
            }

            return Task.CompletedTask;
        }

        return status == StatusCodes.Status401Unauthorized
            ? Problems.WriteAsync(http, HttpProblems.NotAuthenticated, HttpProblems.SessionEnded)
            : Problems.WriteAsync(http, HttpProblems.Forbidden);
    }
}
