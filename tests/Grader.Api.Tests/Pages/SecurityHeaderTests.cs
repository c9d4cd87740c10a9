using System.Net;

namespace Grader.Api.Tests.Pages;

/// <summary>Every page and asset carries a Content-Security-Policy that runs no inline script, and frames only by us.</summary>
[Collection(PagesCollection.Name)]
public sealed class SecurityHeaderTests(SharedPagesServer api)
{
    [Theory]
    [InlineData("/app/signin")]
    [InlineData("/app/error")]
    [InlineData("/app/assets/site.js")]
    public async Task Pages_and_assets_forbid_inline_script_and_foreign_frames(string path)
    {
        var response = await PageClient.For(api).Http.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_signed_in_page_has_the_policy_and_is_not_cached()
    {
        var (_, _, id) = await api.NewUserAsync();
        var pages = PageClient.For(api);
        await pages.SignInAsync(await Tokens.IssueAsync(api, id));

        var response = await pages.Http.GetAsync("/app");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("unsafe-inline", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", html); // every script is a file
        Assert.DoesNotMatch("<[^>]+\\son[a-z]+\\s*=", html); // no inline event handler either
    }

    [Fact]
    public async Task Lms_origins_in_the_settings_may_frame_the_pages()
    {
        await using var framed = await PagesServer.StartAsync(new Dictionary<string, string?>
        {
            ["Pages:FrameAncestors:0"] = "https://lms.example.edu",
            ["Sandbox:Workers"] = "1",
        });

        var response = await PageClient.For(framed).Http.GetAsync("/app/signin");

        Assert.Contains("frame-ancestors 'self' https://lms.example.edu", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
