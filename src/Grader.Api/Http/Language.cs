using Microsoft.Net.Http.Headers;

namespace Grader.Api.Http;

/// <summary>The course's two languages, chosen by the request's Accept-Language (zh-TW or en; English otherwise).</summary>
internal static class Language
{
    public const string English = "en";
    public const string TraditionalChinese = "zh-TW";

    public static string Of(HttpRequest request)
    {
        var preferences = request.GetTypedHeaders().AcceptLanguage;
        foreach (var preference in preferences.OrderByDescending(p => p.Quality ?? 1))
        {
            var tag = preference.Value.Value ?? "";
            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                return TraditionalChinese;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) || tag == "*")
            {
                return English;
            }
        }

        return English;
    }

    /// <summary>Picks the language for this request and says so in Content-Language.</summary>
    public static string Negotiate(HttpContext context)
    {
        var language = Of(context.Request);
        context.Response.Headers[HeaderNames.ContentLanguage] = language;
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        return language;
    }
}
