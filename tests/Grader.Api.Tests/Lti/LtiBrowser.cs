using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Grader.Api.Tests.Lti;

/// <summary>
/// A browser between the test platform and the tool: it keeps the tool's cookies (the tool is reached as
/// https://localhost, so its Secure cookies are kept), follows the login's redirect to the platform, and posts the
/// platform's form to the tool, as a browser does with the auto-submitting form.
/// </summary>
public sealed partial class LtiBrowser(GraderApiFactory api, TestPlatform platform) : IDisposable
{
    public const string ToolBase = "https://localhost";

    private readonly HttpClient lms = new(new HttpClientHandler { AllowAutoRedirect = false });

    public HttpClient Tool { get; } = api.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri(ToolBase),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>The last form the platform answered with: where it posts and its fields.</summary>
    public (string Action, Dictionary<string, string> Fields) LastForm { get; private set; }

    /// <summary>The platform's login initiation (as its launch link does), answered by the tool.</summary>
    public Task<HttpResponseMessage> LoginAsync(string loginHint, string? target = null, string? deployment = TestPlatform.DeploymentId) =>
        Tool.GetAsync("/lti/login?" + string.Join('&', new Dictionary<string, string?>
        {
            ["iss"] = platform.Issuer,
            ["login_hint"] = loginHint,
            ["target_link_uri"] = target ?? ToolBase + "/lti/launch",
            ["client_id"] = TestPlatform.ClientId,
            ["lti_deployment_id"] = deployment,
            ["lti_message_hint"] = "message-hint-1",
        }.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}")));

    /// <summary>Login, the platform's authorization, and the form post of the id_token; returns the tool's answer to the launch.</summary>
    public async Task<HttpResponseMessage> LaunchAsync(LaunchSpec spec, Func<Dictionary<string, string>, Dictionary<string, string>>? tamper = null, HttpClient? postFrom = null)
    {
        var login = await LoginAsync(platform.Prepare(spec));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var authorization = await lms.GetAsync(login.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, authorization.StatusCode);
        LastForm = ParseForm(await authorization.Content.ReadAsStringAsync());
        var fields = tamper is null ? LastForm.Fields : tamper(LastForm.Fields);
        return await PostAsync(postFrom ?? Tool, LastForm.Action, fields);
    }

    /// <summary>Posts a form as the browser's auto-submit does.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string action, Dictionary<string, string> fields) =>
        client.PostAsync(action, new FormUrlEncodedContent(fields));

    /// <summary>The action and hidden fields of the first form in a page.</summary>
    public static (string Action, Dictionary<string, string> Fields) ParseForm(string html)
    {
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
        var fields = HiddenInput().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        Assert.False(string.IsNullOrEmpty(action), $"No form in: {html}");
        return (action, fields);
    }

    /// <summary>The error code of an error page (its data-error), after checking it is an HTML page with the status given.</summary>
    public static async Task<string> ErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {status}, got {response.StatusCode}: {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var code = DataError().Match(html);
        Assert.True(code.Success, $"Not an error page: {html}");
        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-TW\"", html, StringComparison.Ordinal);
        return code.Groups[1].Value;
    }

    /// <summary>The tool's user the platform's <paramref name="subject"/> became.</summary>
    public Task<Data.User?> UserAsync(string subject) => api.WithDatabaseAsync(db =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.LtiAccounts.Where(a => a.Subject == subject).Select(a => (Data.User?)a.User)));

    /// <summary>A bearer token for a user the launch made, issued by the instructor, for calls the pages would make.</summary>
    public async Task<HttpClient> ApiClientForAsync(int userId)
    {
        var issued = await api.Instructor().PostAsJsonAsync($"/users/{userId}/tokens", new { name = "lti-test" });
        issued.EnsureSuccessStatusCode();
        var token = (await issued.Content.ReadFromJsonAsync<Users.IssuedToken>(Json.Options))!;
        return api.ClientWithToken(token.Token);
    }

    public void Dispose()
    {
        lms.Dispose();
        Tool.Dispose();
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]*)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("data-error=\"([^\"]*)\"")]
    private static partial Regex DataError();
}
