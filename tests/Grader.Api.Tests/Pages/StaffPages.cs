using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Grader.Api.Users;

namespace Grader.Api.Tests.Pages;

/// <summary>What the staff pages' tests share: people signed in to the pages, and reading the pages' HTML.</summary>
public static partial class StaffPages
{
    /// <summary>A new user of <paramref name="role"/> signed in to the pages, and a bearer client of theirs for the API.</summary>
    public static async Task<(PageClient Pages, HttpClient Api, int Id)> SignedInAsync(PagesServer server, string role, string? language = null, string? displayName = null)
    {
        var userName = $"{role}-{Guid.NewGuid():N}"[..20];
        var created = await server.Instructor().PostAsJsonAsync("/users", new { userName, displayName = displayName ?? $"Test {userName}", role });
        created.EnsureSuccessStatusCode();
        var user = (await created.Content.ReadFromJsonAsync<UserResponse>(Json.Options))!;
        var token = await Tokens.IssueAsync(server, user.Id);
        var pages = PageClient.For(server, language);
        Assert.Equal(HttpStatusCode.Redirect, (await pages.SignInAsync(token)).StatusCode);
        return (pages, server.ClientWithToken(token), user.Id);
    }

    /// <summary>GETs a page, asserting its status, and returns its HTML.</summary>
    public static async Task<string> PageAsync(this PageClient pages, string path, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = await pages.Http.GetAsync(path);
        Assert.True(status == response.StatusCode, $"{path}: {response.StatusCode}, not {status}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form of the page at <paramref name="path"/> with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this PageClient pages, string path, Dictionary<string, string> fields, string? action = null)
    {
        var html = await pages.PageAsync(path);
        return await pages.PostFormAsync(action ?? path, PageClient.AntiforgeryToken(html), fields);
    }

    /// <summary>
    /// The words of the page a reader sees, outside the head, scripts, and data marked translate="no" or lang="en":
    /// in a zh-TW page none may be English.
    /// </summary>
    public static IReadOnlyList<string> LatinWords(string html)
    {
        var body = Head().Replace(html, "");
        string previous;
        do
        {
            previous = body;
            body = Untranslated().Replace(body, "");
        }
        while (body != previous);

        var text = WebUtility.HtmlDecode(Tags().Replace(body, " "));
        return [.. Words().Matches(text).Select(m => m.Value).Where(w => !Acronyms.Contains(w))];
    }

    /// <summary>
    /// The texts of a page a reader gets (outside the head and untranslated parts), one per text node, for
    /// <see cref="PageText.English"/>: a Chinese sentence may name code (a field, a value) in Latin letters.
    /// </summary>
    public static IReadOnlyList<string> Texts(string html)
    {
        var body = Head().Replace(html, "");
        string previous;
        do
        {
            previous = body;
            body = Untranslated().Replace(body, "");
        }
        while (body != previous);

        return [.. Tags().Split(body).Select(t => WebUtility.HtmlDecode(t).Trim()).Where(t => t.Length > 0)];
    }

    /// <summary>Names Chinese text uses as they are (使用了禁止的 API).</summary>
    private static readonly HashSet<string> Acronyms = ["API"];

    [GeneratedRegex("<head>.*?</head>", RegexOptions.Singleline)]
    private static partial Regex Head();

    [GeneratedRegex("<(\\w+)\\b[^>]*\\b(?:translate=\"no\"|lang=\"en\")[^>]*>(?:(?!<\\1\\b).)*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Untranslated();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Words();
}
