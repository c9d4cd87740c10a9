using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests.Pages;

/// <summary>What a student who wants someone else's grade would try on the pages, through the real HTTP pipeline.</summary>
[Collection(PagesCollection.Name)]
public sealed class PageAccessTests(SharedPagesServer api)
{
    [Fact]
    public async Task A_student_gets_the_not_found_page_for_another_students_submission_and_its_result_fragment()
    {
        var (owner, _, _) = await api.NewUserAsync();
        var theirs = await Submit.GradedAsync(owner, Submit.HonestCumsum);
        var (other, _, otherId) = await api.NewUserAsync();
        var mine = await Submit.GradedAsync(other, Submit.KeepdimMissing);
        var pages = PageClient.For(api, "zh-TW");
        await pages.SignInAsync(await Tokens.IssueAsync(api, otherId));

        var page = await pages.Http.GetAsync($"/app/submissions/{theirs.Id}");
        var fragment = await pages.Http.GetAsync($"/app/submissions/{theirs.Id}?handler=Result");
        var missing = await pages.Http.GetAsync("/app/submissions/999999999");
        var own = await pages.Http.GetAsync($"/app/submissions/{mine.Id}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var body = await page.Content.ReadAsStringAsync();
        Assert.Contains("找不到頁面", body, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Student.UserName, body, StringComparison.Ordinal);
        Assert.DoesNotContain("A.cumsum(0)", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, fragment.StatusCode);
        Assert.DoesNotContain("A.cumsum(0)", await fragment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(MainOf(body), MainOf(await missing.Content.ReadAsStringAsync())); // the same page as a submission that does not exist
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("keepdim", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_is_refused_every_review_and_admin_page_and_a_ta_every_admin_page()
    {
        var (_, _, studentId) = await api.NewUserAsync();
        var (_, _, taId) = await api.NewUserAsync("ta");
        var student = PageClient.For(api, "zh-TW");
        await student.SignInAsync(await Tokens.IssueAsync(api, studentId));
        var ta = PageClient.For(api);
        await ta.SignInAsync(await Tokens.IssueAsync(api, taId));
        var staffPages = StaffPagePaths("/app/review").ToList();
        var adminPages = StaffPagePaths("/app/admin").ToList();
        Assert.Contains("/app/review", staffPages);
        Assert.Contains("/app/admin", adminPages);

        foreach (var path in staffPages.Concat(adminPages).Append("/app/review?open=1"))
        {
            var response = await student.Http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"A student got {response.StatusCode} for {path}");
            Assert.Contains("沒有權限", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        foreach (var path in adminPages)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await ta.Http.GetAsync(path)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await ta.Http.GetAsync("/app/review")).StatusCode);
    }

    [Theory]
    [InlineData("/app")]
    [InlineData("/app/exercises/cumsum")]
    [InlineData("/app/submissions/1")]
    [InlineData("/app/assignments/hw1")]
    [InlineData("/app/review")]
    [InlineData("/app/admin")]
    public async Task Without_a_session_every_page_leads_to_sign_in(string path)
    {
        var response = await PageClient.For(api).Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/app/signin", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Sign_in_never_sends_the_browser_to_another_site()
    {
        var (_, _, id) = await api.NewUserAsync();
        foreach (var returnUrl in new[] { "https://evil.example/", "//evil.example/app", "/\\evil.example", "/appx", "javascript:alert(1)" })
        {
            var pages = PageClient.For(api);
            var form = await pages.Http.GetStringAsync($"/app/signin?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
            var signIn = await pages.PostFormAsync("/app/signin", PageClient.AntiforgeryToken(form),
                new() { ["Token"] = await Tokens.IssueAsync(api, id), ["ReturnUrl"] = returnUrl });
            Assert.Equal("/app", signIn.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Unknown_exercises_and_assignments_are_not_found_pages()
    {
        var (_, _, id) = await api.NewUserAsync();
        var pages = PageClient.For(api);
        await pages.SignInAsync(await Tokens.IssueAsync(api, id));

        foreach (var path in new[] { "/app/exercises/no-such-exercise", "/app/assignments/no-such-assignment", "/app/assignments/..%2F..", "/app/nothing-here" })
        {
            var response = await pages.Http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
            Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    /// <summary>Every page the service has under a folder, its route values filled in.</summary>
    private IEnumerable<string> StaffPagePaths(string prefix) =>
        api.Services.GetServices<EndpointDataSource>().SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(p => System.Text.RegularExpressions.Regex.Replace(p, "\\{[^}:]+:(long|int)\\??\\}", "1"))
            .Select(p => System.Text.RegularExpressions.Regex.Replace(p, "\\{[^}]+\\}", "x"))
            .Distinct();
}
