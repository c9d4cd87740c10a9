using Grader.Api.Auth;

namespace Grader.Api.Pages;

/// <summary>
/// Picks the scheme per request: pages use only the session cookie; the JSON API takes a bearer token, or the session
/// cookie when the pages' scripts call it (then <see cref="CookieAntiforgery"/> asks for an antiforgery token).
/// </summary>
internal static class AuthSchemes
{
    public const string Selector = "GraderSelector";

    public static string Select(HttpContext context)
    {
        // A bearer token first: a grader node (no pages) answers 404 for /app to a caller with a token, not a sign-in
        // redirect. The pages themselves accept only the session (PagesSetup.SignedInPolicy names its scheme).
        if (!string.IsNullOrEmpty(context.Request.Headers.Authorization))
        {
            return BearerTokenHandler.SchemeName;
        }

        return PagePaths.IsPage(context.Request.Path) || context.Request.Cookies.ContainsKey(PageSession.CookieName)
            ? PageSession.SchemeName
            : BearerTokenHandler.SchemeName;
    }
}
