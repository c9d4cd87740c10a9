using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Grader.Api.Tests.Pages;

/// <summary>The pages on a 360 px wide phone, and used with the keyboard alone.</summary>
[Collection(PagesCollection.Name)]
public sealed class PhoneAndKeyboardTests(SharedPagesServer api, Browser browser)
{
    [Fact]
    public async Task At_360_px_no_page_scrolls_sideways()
    {
        var (student, _, studentId) = await api.NewUserAsync();
        var wrong = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var broken = await Submit.GradedAsync(student, Submit.MissingSemicolon);
        var assignment = await Assignments.CreateAsync(api.Instructor());
        var (ta, _, taId) = await api.NewUserAsync("ta");
        (await ta.PostAsJsonAsync($"/submissions/{wrong.Id}/comments", new { line = 3, body = "A long comment on this line that has to wrap on a phone screen instead of widening the page." })).EnsureSuccessStatusCode();

        foreach (var (userId, paths) in new[]
        {
            (studentId, new[] { "/app", "/app/exercises/cumsum", "/app/exercises/matrix-calculus", $"/app/submissions/{wrong.Id}", $"/app/submissions/{broken.Id}", $"/app/assignments/{assignment}" }),
            (taId, new[] { $"/app/submissions/{wrong.Id}", "/app/review" }),
        })
        {
            var page = await browser.NewPageAsync(api.Address, locale: "zh-TW", width: 360);
            await SignInWithKeyboardAsync(page, await Tokens.IssueAsync(api, userId));
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                Assert.True(width <= 360, $"{path} is {width} px wide at 360 px");
            }
        }
    }

    [Fact]
    public async Task A_student_signs_in_writes_indented_code_and_submits_with_the_keyboard_alone()
    {
        var (_, _, studentId) = await api.NewUserAsync();
        var page = await browser.NewPageAsync(api.Address, locale: "en-US");
        await SignInWithKeyboardAsync(page, await Tokens.IssueAsync(api, studentId));
        await page.GotoAsync("/app/exercises/cumsum");

        await TabUntilAsync(page, "code");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync("(Tensor sum, Tensor cumsum) Solve(Tensor A)\n{\n");
        await page.Keyboard.PressAsync("Tab"); // indents instead of leaving the editor
        await page.Keyboard.TypeAsync("return (A.sum(0, keepdim: true), A.cumsum(0));\n}");
        Assert.Equal("(Tensor sum, Tensor cumsum) Solve(Tensor A)\n{\n    return (A.sum(0, keepdim: true), A.cumsum(0));\n}",
            await page.Locator("#code").InputValueAsync());
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Tab"); // after Esc, Tab leaves the editor for Submit
        Assert.Equal("Submit", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Accepted", new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task A_compiler_message_moves_the_caret_to_its_line()
    {
        var (_, _, studentId) = await api.NewUserAsync();
        var page = await browser.NewPageAsync(api.Address, locale: "en-US");
        await SignInWithKeyboardAsync(page, await Tokens.IssueAsync(api, studentId));
        await page.GotoAsync("/app/exercises/cumsum");
        await page.Locator("#code").FillAsync(Submit.MissingSemicolon);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        var line = page.Locator("#result .goto-line").First;
        await Assertions.Expect(line).ToContainTextAsync("Line 3", new() { Timeout = 60_000 });

        await line.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#code")).ToBeFocusedAsync();
        var caretLine = await page.EvaluateAsync<int>("() => { const c = document.getElementById('code'); return c.value.slice(0, c.selectionStart).split('\\n').length; }");
        Assert.Equal(3, caretLine);
    }

    private static async Task SignInWithKeyboardAsync(IPage page, string token)
    {
        await page.GotoAsync("/app/signin");
        await TabUntilAsync(page, "token");
        await page.Keyboard.TypeAsync(token);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/app");
    }

    private static async Task TabUntilAsync(IPage page, string id)
    {
        for (var i = 0; i < 20; i++)
        {
            if (await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''") == id)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tab never reached #{id}.");
    }
}
