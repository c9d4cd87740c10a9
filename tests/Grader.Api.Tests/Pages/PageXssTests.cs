using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Grader.Api.Tests.Pages;

/// <summary>
/// Student-controlled text (a display name, code, a comment's Markdown, a grade's reason) carrying script, event
/// handlers and javascript: links shows as text on every page that renders it: nothing runs, no element is made.
/// </summary>
[Collection(PagesCollection.Name)]
public sealed class PageXssTests(SharedPagesServer api, Browser browser)
{
    private const string HostileName = "<script>alert('name')</script><img src=x onerror=alert('name2')>";

    private const string HostileCode = """
        // </code></pre><script>alert('code')</script><img src=x onerror=alert('code2')>
        (Tensor sum, Tensor cumsum) Solve(Tensor A)
        {
            return (A.sum(0, keepdim: true), A.cumsum(0)); // "><svg onload=alert('code3')>
        }
        """;

    private const string HostileComment =
        "<script>alert('comment')</script> [click](javascript:alert('link')) <img src=x onerror=alert('comment2')> ![img](x \"onerror=alert(1)\") <a href=\"javascript:alert(2)\">a</a>";

    [Fact]
    public async Task Hostile_names_code_comments_and_reasons_render_inert_for_the_student_and_the_ta()
    {
        var instructor = api.Instructor();
        var created = await instructor.PostAsJsonAsync("/users", new { userName = $"xss{Guid.NewGuid():N}"[..20], displayName = HostileName, role = "student" });
        created.EnsureSuccessStatusCode();
        var studentId = (await created.Content.ReadFromJsonAsync<Users.UserResponse>(Json.Options))!.Id;
        var studentClient = api.ClientWithToken(await Tokens.IssueAsync(api, studentId));
        var submission = await Submit.GradedAsync(studentClient, HostileCode);
        Assert.Equal(Grader.Exercises.Grading.Verdict.Accepted, submission.Verdict);
        var (ta, _, taId) = await api.NewUserAsync("ta");
        (await ta.PostAsJsonAsync($"/submissions/{submission.Id}/comments", new { line = 1, body = HostileComment })).EnsureSuccessStatusCode();
        (await ta.PostAsJsonAsync($"/submissions/{submission.Id}/comments", new { body = HostileComment, @private = true })).EnsureSuccessStatusCode();
        (await Reviews.ChangeAsync(ta, submission.Id, (await Reviews.GradeAsync(ta, submission.Id)).ETag,
            new { @override = 4, reason = "<script>alert('reason')</script>" })).EnsureSuccessStatusCode();

        // In the HTML: every hostile piece is encoded, none is markup.
        var taPages = PageClient.For(api);
        await taPages.SignInAsync(await Tokens.IssueAsync(api, taId));
        var html = await taPages.Http.GetStringAsync($"/app/submissions/{submission.Id}");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("img, svg, iframe, object, embed"));
        Assert.All(document.QuerySelectorAll("script"), script => Assert.StartsWith("/app/assets/", script.GetAttribute("src") ?? "", StringComparison.Ordinal));
        var attributes = document.All.SelectMany(e => e.Attributes).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Name is "href" or "src" or "action" && a.Value.TrimStart().StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);

        // In the browser, as the TA (who sees the name and the private note) and as the student.
        foreach (var (userId, locale) in new[] { (taId, "en-US"), (studentId, "zh-TW") })
        {
            var page = await browser.NewPageAsync(api.Address, locale);
            var dialogs = new List<string>();
            page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
            await page.GotoAsync("/app/signin");
            await page.Locator("#token").FillAsync(await Tokens.IssueAsync(api, userId));
            await page.Locator("#token").PressAsync("Enter");
            await page.WaitForURLAsync("**/app");
            await page.GotoAsync($"/app/submissions/{submission.Id}");
            await Assertions.Expect(page.Locator("#L1 .comment")).ToContainTextAsync("<script>alert('comment')</script>");

            Assert.Empty(dialogs);
            Assert.Equal(0, await page.Locator("img, svg, iframe").CountAsync());
            Assert.Equal(0, await page.Locator("a[href^='javascript' i]").CountAsync());
            Assert.Equal(0, await page.Locator("script:not([src])").CountAsync());
            Assert.Equal(0, await page.Locator("[onerror], [onload]").CountAsync());
            await Assertions.Expect(page.Locator("#L1 code")).ToHaveTextAsync("// </code></pre><script>alert('code')</script><img src=x onerror=alert('code2')>");
            await Assertions.Expect(page.Locator(".grade-reason")).ToHaveTextAsync("<script>alert('reason')</script>");
        }
    }

    [Fact]
    public async Task A_students_page_never_shows_a_private_note()
    {
        var (student, _, studentId) = await api.NewUserAsync();
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var (ta, _, _) = await api.NewUserAsync("ta");
        (await ta.PostAsJsonAsync($"/submissions/{submission.Id}/comments", new { line = 2, body = "Private: suspect copied from row 7", @private = true })).EnsureSuccessStatusCode();
        (await ta.PostAsJsonAsync($"/submissions/{submission.Id}/comments", new { line = 2, body = "Public: well done" })).EnsureSuccessStatusCode();
        var pages = PageClient.For(api);
        await pages.SignInAsync(await Tokens.IssueAsync(api, studentId));

        var response = await pages.Http.GetAsync($"/app/submissions/{submission.Id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Public: well done", html, StringComparison.Ordinal);
        Assert.DoesNotContain("suspect copied", html, StringComparison.Ordinal);
        Assert.DoesNotContain("grade-form", html, StringComparison.Ordinal);
        Assert.DoesNotContain(submission.Seed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "seed", html, StringComparison.Ordinal);
    }
}
