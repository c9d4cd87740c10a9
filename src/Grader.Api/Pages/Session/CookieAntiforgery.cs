using Grader.Api.Http;
using Microsoft.AspNetCore.Antiforgery;

namespace Grader.Api.Pages;

/// <summary>
/// A JSON API call authenticated by the session cookie (the pages' scripts) that changes anything must carry the
/// page's antiforgery token in <see cref="HeaderName"/>: a cookie goes with any request the browser sends, a token
/// only with those our pages make. Calls with a bearer token need none (no browser adds a bearer token by itself);
/// the pages' own forms are checked by Razor Pages.
/// </summary>
internal static class CookieAntiforgery
{
    public const string HeaderName = "X-Grader-Antiforgery";

    public static IApplicationBuilder UseCookieAntiforgery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (NeedsToken(context) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            await Problems.WriteAsync(context, HttpProblems.Antiforgery, HeaderName);
            return;
        }

        await next(context);
    });

    private static bool NeedsToken(HttpContext context) =>
        !PagePaths.IsPage(context.Request.Path)
        && !Lti.LtiApi.IsBrowserFlow(context.Request.Path)
        && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
        && !HttpMethods.IsOptions(context.Request.Method) && !HttpMethods.IsTrace(context.Request.Method)
        && context.User.Identity is { IsAuthenticated: true, AuthenticationType: PageSession.SchemeName };
}
