using Grader.Api.Http;
using Grader.Exercises;

namespace Grader.Api.Pages.Text;

/// <summary>
/// A page's language: the one the visitor chose (remembered in a cookie), else the browser's Accept-Language
/// (<see cref="Language.Of"/>): English or Traditional Chinese.
/// </summary>
public static class PageLanguage
{
    public const string CookieName = "grader.lang";

    private const string ItemKey = "grader.page-language";

    public static readonly IReadOnlyList<string> Supported = [Language.English, Language.TraditionalChinese];

    public static string Of(HttpContext context)
    {
        if (context.Items[ItemKey] is string known)
        {
            return known;
        }

        var chosen = context.Request.Cookies[CookieName];
        var language = Supported.FirstOrDefault(l => l == chosen) ?? Language.Of(context.Request);
        context.Items[ItemKey] = language;
        return language;
    }

    /// <summary>Remembers the visitor's choice for a year; the current request's pages follow it at once.</summary>
    public static void Choose(HttpContext context, string language)
    {
        context.Response.Cookies.Append(CookieName, language, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = "/",
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
        context.Items[ItemKey] = language;
    }

    /// <summary>
    /// On the pages, the chosen language becomes the request's Accept-Language, so the API handlers a page calls
    /// (which follow <see cref="Language.Negotiate"/>) answer in the page's language.
    /// </summary>
    public static IApplicationBuilder UsePageLanguage(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (PagePaths.IsPage(context.Request.Path))
        {
            context.Request.Headers.AcceptLanguage = Of(context);
        }

        return next(context);
    });

    /// <summary>The value for <c>&lt;html lang&gt;</c>.</summary>
    public static string HtmlTag(string language) => language == Language.TraditionalChinese ? "zh-Hant-TW" : "en";

    public static string In(this LocalizedText text, HttpContext context) => text.In(Of(context));
}
