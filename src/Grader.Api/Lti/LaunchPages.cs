using System.Text;
using System.Text.Encodings.Web;
using Grader.Api.Http;

namespace Grader.Api.Lti;

/// <summary>
/// The small HTML pages of the LTI flows: an error page that says what went wrong in both languages (the one the
/// browser prefers first: an LMS frame does not always pass Accept-Language on), and the auto-submitting form that
/// posts a signed message back to a platform.
/// </summary>
internal static class LaunchPages
{
    public static IResult Error(HttpContext context, LaunchFailure failure)
    {
        var chineseFirst = Language.Of(context.Request) == Language.TraditionalChinese;
        var en = $"<section lang=\"en\"><h1>The launch failed</h1><p class=\"reason\">{Encode(failure.En)}</p></section>";
        var zh = $"<section lang=\"zh-TW\"><h1>啟動失敗</h1><p class=\"reason\">{Encode(failure.ZhTw)}</p></section>";
        var body = $"<main data-error=\"{Encode(failure.Code)}\">{(chineseFirst ? zh + en : en + zh)}</main>";
        return Html(chineseFirst ? "啟動失敗 · The launch failed" : "The launch failed · 啟動失敗", body, failure.Status);
    }

    /// <summary>A form that the browser posts at once to <paramref name="action"/> (deep-linking responses).</summary>
    public static IResult AutoPost(string action, IReadOnlyDictionary<string, string> fields)
    {
        var inputs = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            inputs.Append(System.Globalization.CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{Encode(name)}\" value=\"{Encode(value)}\">");
        }

        var body = $"""
            <form id="lti-return" method="post" action="{Encode(action)}">{inputs}<noscript><button type="submit">Continue · 繼續</button></noscript></form>
            <script>document.getElementById('lti-return').submit();</script>
            """;
        return Html("Returning to your course · 返回課程", body, StatusCodes.Status200OK);
    }

    public static IResult Html(string title, string body, int status) => Results.Content(
        $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Encode(title)}</title>
        <style>body{"{"}font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5{"}"}</style></head>
        <body>{body}</body></html>
        """,
        "text/html; charset=utf-8",
        Encoding.UTF8,
        status);

    /// <summary>HTML-encodes markup characters; Chinese stays readable in the page's source.</summary>
    public static string Encode(string text) => Encoder.Encode(text);

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
}
