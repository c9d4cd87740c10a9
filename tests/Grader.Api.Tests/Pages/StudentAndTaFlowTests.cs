using Microsoft.Playwright;

namespace Grader.Api.Tests.Pages;

/// <summary>The issue's walk-through in a real browser: a student in zh-TW, then a TA reviewing, then the student again.</summary>
[Collection(PagesCollection.Name)]
public sealed class StudentAndTaFlowTests(SharedPagesServer api, Browser browser)
{
    [Fact]
    public async Task A_student_fixes_cumsum_in_chinese_and_sees_the_tas_line_comment_and_override()
    {
        var (_, _, studentId) = await api.NewUserAsync();
        var (_, _, taId) = await api.NewUserAsync("ta");
        var student = await browser.NewPageAsync(api.Address, locale: "zh-TW");
        await SignInAsync(student, await Tokens.IssueAsync(api, studentId), "權杖", "登入");

        // The exercise page in zh-TW, with the starter's comments in Chinese in an editor labelled 程式碼.
        await student.GotoAsync("/app/exercises/cumsum");
        await Assertions.Expect(student.GetByRole(AriaRole.Heading, new() { Name = "非降維加總與累積和" })).ToBeVisibleAsync();
        var editor = student.GetByRole(AriaRole.Textbox, new() { Name = "程式碼", Exact = true });
        await Assertions.Expect(editor).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("沿第 0 軸加總並保留該軸"));
        var status = student.GetByRole(AriaRole.Status).First;

        // A wrong answer: the keepdim message, in Chinese, without a reload.
        await editor.FillAsync(Submit.KeepdimMissing);
        await student.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("答案錯誤", new() { Timeout = 60_000 });
        await Assertions.Expect(status).ToContainTextAsync("少了 keepdim：預期形狀 (1, 2)，卻得到 (2,)");

        // The draft survives a reload.
        await student.ReloadAsync();
        await Assertions.Expect(editor).ToHaveValueAsync(Submit.KeepdimMissing);

        // Fixed: Accepted (通過), 5 of 5.
        await editor.FillAsync(Submit.HonestCumsum);
        await student.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("通過", new() { Timeout = 60_000 });
        await Assertions.Expect(status).ToContainTextAsync("得分 5 / 5");
        var submissionId = await student.Locator("#result .result").GetAttributeAsync("data-submission");
        await Assertions.Expect(student.Locator("#submissions tbody tr")).ToHaveCountAsync(2);

        // The TA opens it, comments on line 3 and overrides the score.
        var ta = await browser.NewPageAsync(api.Address, locale: "en-US");
        await SignInAsync(ta, await Tokens.IssueAsync(api, taId), "Token", "Sign in");
        await ta.GotoAsync($"/app/submissions/{submissionId}");
        await ta.GetByRole(AriaRole.Button, new() { Name = "Comment on line 3" }).ClickAsync();
        await Assertions.Expect(ta.GetByLabel("Comment (Markdown)")).ToBeFocusedAsync();
        await ta.Keyboard.TypeAsync("Nice: **keepdim** keeps the axis.");
        await ta.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Assertions.Expect(ta.Locator("#L3 .comment")).ToContainTextAsync("keepdim keeps the axis");
        await ta.GetByLabel("Change", new() { Exact = true }).SelectOptionAsync("override");
        await ta.GetByLabel("Points").FillAsync("4");
        await ta.GetByLabel("Reason (the student sees it)").FillAsync("Late by a day, agreed with the instructor.");
        await ta.GetByRole(AriaRole.Button, new() { Name = "Save grade" }).ClickAsync();
        await Assertions.Expect(ta.Locator(".final-score")).ToHaveTextAsync("4 / 5");

        // The student sees both, in Chinese.
        await student.GotoAsync($"/app/submissions/{submissionId}");
        await Assertions.Expect(student.Locator("#L3 .comment")).ToContainTextAsync("keepdim keeps the axis");
        await Assertions.Expect(student.Locator("#L3 .comment strong")).ToHaveTextAsync("keepdim");
        await Assertions.Expect(student.Locator(".final-score")).ToHaveTextAsync("4 / 5");
        await Assertions.Expect(student.Locator(".grade-reason")).ToHaveTextAsync("Late by a day, agreed with the instructor.");
        await Assertions.Expect(student.GetByRole(AriaRole.Heading, new() { Name = "變更紀錄" })).ToHaveCountAsync(0);
    }

    private static async Task SignInAsync(IPage page, string token, string label, string button)
    {
        await page.GotoAsync("/app/signin");
        await page.GetByLabel(label).FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        // The redirect to the list is what signing in does; the test's next step navigates anyway, so waiting for the
        // list page's own loading (slow while the rest of the suite loads the machine) proves nothing more.
        await page.WaitForURLAsync("**/app", new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
    }
}
