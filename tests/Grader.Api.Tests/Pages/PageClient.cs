using System.Net;
using System.Text.RegularExpressions;

namespace Grader.Api.Tests.Pages;

/// <summary>
/// The pages over plain HTTP, as a browser without script would use them: a cookie jar, the forms' antiforgery
/// tokens read from the HTML, and no automatic redirects (tests look at them).
/// </summary>
public sealed partial class PageClient(HttpClient http, CookieContainer cookies)
{
    public HttpClient Http { get; } = http;

    public CookieContainer Cookies { get; } = cookies;

    public static PageClient For(PagesServer server, string? language = null)
    {
        var cookies = new CookieContainer();
        var sockets = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false };
        var http = new HttpClient(new CookieHandler(cookies) { InnerHandler = sockets }) { BaseAddress = server.Address };
        if (language is not null)
        {
            http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return new PageClient(http, cookies);
    }

    /// <summary>Signs in with a token through /app/signin, as a student pasting it does.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string token)
    {
        var form = await Http.GetStringAsync("/app/signin");
        return await PostFormAsync("/app/signin", AntiforgeryToken(form), new() { ["Token"] = token });
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, string? antiforgery, Dictionary<string, string> fields)
    {
        if (antiforgery is not null)
        {
            fields["__RequestVerificationToken"] = antiforgery;
        }

        return Http.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>The token a page's forms carry (and its scripts send in a header).</summary>
    public static string AntiforgeryToken(string html) =>
        FormToken().Match(html) is { Success: true } form ? WebUtility.HtmlDecode(form.Groups[1].Value)
        : MetaToken().Match(html) is { Success: true } meta ? WebUtility.HtmlDecode(meta.Groups[1].Value)
        : throw new InvalidOperationException("The page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("<meta name=\"grader-antiforgery\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();

    /// <summary>Keeps cookies like a browser, in a jar a test can copy.</summary>
    private sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            var header = cookies.GetCookieHeader(uri);
            if (header.Length > 0)
            {
                request.Headers.Remove("Cookie");
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    cookies.SetCookies(uri, setCookie);
                }
            }

            return response;
        }
    }
}
