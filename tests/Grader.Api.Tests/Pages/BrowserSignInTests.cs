using Microsoft.Playwright;

namespace Grader.Api.Tests.Pages;

/// <summary>Signing in and out in a real browser (Debian's chromium), in both languages.</summary>
[Collection(PagesCollection.Name)]
public sealed class BrowserSignInTests(SharedPagesServer api, Browser browser)
{
    [Fact]
    public async Task A_student_pastes_a_token_sees_the_exercises_switches_to_chinese_and_signs_out()
    {
        var (_, userName, id) = await api.NewUserAsync();
        var token = await Tokens.IssueAsync(api, id);
        var page = await browser.NewPageAsync(api.Address, locale: "en-US");

        await page.GotoAsync("/app/exercises/cumsum");
        Assert.EndsWith("/app/signin?ReturnUrl=%2Fapp%2Fexercises%2Fcumsum", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Token").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GotoAsync("/app");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Exercises" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "7. Non-reduction sum and cumulative sum" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync(userName);

        await page.GetByRole(AriaRole.Button, new() { Name = "繁體中文" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "習題" })).ToBeVisibleAsync();
        Assert.Equal("zh-Hant-TW", await page.Locator("html").GetAttributeAsync("lang"));
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "習題" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "登出" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("你已登出。");
        await page.GotoAsync("/app");
        Assert.Contains("/app/signin", page.Url, StringComparison.Ordinal);
    }
}
