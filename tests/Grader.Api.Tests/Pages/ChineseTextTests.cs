using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Grader.Api.Tests.Pages;

/// <summary>Every page a student, a TA or an instructor opens in zh-TW, read in a real browser: no English left.</summary>
[Collection(PagesCollection.Name)]
public sealed class ChineseTextTests(SharedPagesServer api, Browser browser)
{
    internal static readonly IReadOnlySet<string> Kept = ChineseKept.Words;

    [Fact]
    public async Task No_page_in_traditional_chinese_has_english_left()
    {
        var instructor = api.Instructor();
        var assignment = await Assignments.CreateAsync(instructor);
        var (studentClient, _, studentId) = await api.NewUserAsync();
        (await instructor.PutAsJsonAsync($"/assignments/{assignment}/extensions/{studentId}",
            new { dueAt = Assignments.Due.AddDays(3), reason = "醫院證明" })).EnsureSuccessStatusCode();
        var wrong = await Submit.GradedAsync(studentClient, Submit.KeepdimMissing);
        var broken = await Submit.GradedAsync(studentClient, Submit.MissingSemicolon);
        var (ta, _, taId) = await api.NewUserAsync("ta");
        (await ta.PostAsJsonAsync($"/submissions/{wrong.Id}/comments", new { line = 3, body = "請保留軸。" })).EnsureSuccessStatusCode();
        (await ta.PostAsJsonAsync($"/submissions/{wrong.Id}/comments", new { body = "整體不錯。", @private = true })).EnsureSuccessStatusCode();
        await Reviews.ChangedAsync(ta, wrong.Id, new { adjustment = 1, reason = "部分正確" });
        var exercises = (await studentClient.GetFromJsonAsync<List<Exercises.ExerciseSummary>>("/exercises", Json.Options))!;

        var found = new List<string>();
        var student = await browser.NewPageAsync(api.Address, locale: "zh-TW");
        await ReadAsync(student, "/app/signin", found);
        await SignInAsync(student, await Tokens.IssueAsync(api, studentId));
        await ReadAsync(student, "/app", found);
        foreach (var exercise in exercises)
        {
            await ReadAsync(student, $"/app/exercises/{exercise.Id}", found);
        }

        // The result region after a compile error, filled in by the page's script.
        await student.GotoAsync("/app/exercises/cumsum");
        await student.GetByRole(AriaRole.Textbox, new() { Name = "程式碼", Exact = true }).FillAsync(Submit.MissingSemicolon);
        await student.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(student.GetByRole(AriaRole.Status).First).ToContainTextAsync("編譯錯誤", new() { Timeout = 60_000 });
        found.AddRange(Check("/app/exercises/cumsum after submitting", await PageText.ReadAsync(student)));

        await ReadAsync(student, $"/app/submissions/{wrong.Id}", found);
        await ReadAsync(student, $"/app/submissions/{broken.Id}", found);
        await ReadAsync(student, $"/app/assignments/{assignment}", found);
        await ReadAsync(student, "/app/submissions/999999999", found);
        await ReadAsync(student, "/app/review", found);

        var taPage = await browser.NewPageAsync(api.Address, locale: "zh-TW");
        await SignInAsync(taPage, await Tokens.IssueAsync(api, taId));
        await ReadAsync(taPage, $"/app/submissions/{wrong.Id}", found);
        await ReadAsync(taPage, $"/app/submissions/{broken.Id}", found);
        await ReadAsync(taPage, "/app/review", found);
        await ReadAsync(taPage, $"/app/assignments/{assignment}", found);

        var instructorPage = await browser.NewPageAsync(api.Address, locale: "zh-TW");
        await SignInAsync(instructorPage, GraderApiFactory.InstructorToken);
        await ReadAsync(instructorPage, "/app/admin", found);

        // A refused form: the bad lines' reasons are the API's own, in the page's language.
        await instructorPage.GotoAsync("/app/admin/roster");
        await instructorPage.Locator("#csv").FillAsync("userName,displayName,role\nhas space,Bob,student\nsomeone,Someone,wizard\n");
        await instructorPage.GetByRole(AriaRole.Button, new() { Name = "匯入", Exact = true }).ClickAsync();
        await Assertions.Expect(instructorPage.Locator("#roster-errors")).ToContainTextAsync("沒有角色 'wizard'");
        await Assertions.Expect(instructorPage.Locator("#roster-errors")).ToContainTextAsync("欄位須符合規則運算式");
        found.AddRange(Check("/app/admin/roster refused", await PageText.ReadAsync(instructorPage)));

        await student.GetByRole(AriaRole.Button, new() { Name = "登出" }).ClickAsync();
        found.AddRange(Check("/app/signout", await PageText.ReadAsync(student)));

        Assert.True(found.Count == 0, "English in zh-TW pages:\n" + string.Join("\n", found.Distinct()));
    }

    [Fact]
    public async Task The_check_finds_english_in_a_chinese_page_but_not_in_code_or_names()
    {
        var page = await browser.NewPageAsync(api.Address, locale: "zh-TW");
        await page.GotoAsync("/app/signin");
        await page.EvaluateAsync("""
            () => {
                const add = (html) => { const div = document.createElement('div'); div.innerHTML = html; document.querySelector('main').append(div); };
                add('<p>Paste your token</p>');
                add('<button>Score</button>');
                add('<p translate="no">Alice Smith of the lab</p>');
                add('<pre>return the sum of it</pre>');
                add('<p>請傳入 keepdim: true 保留 float32 張量的形狀</p>');
            }
            """);

        var english = PageText.English(await PageText.ReadAsync(page), Kept).ToList();

        Assert.Equal(["\"Paste your token\"", "\"Score\""], english);
    }

    private static async Task ReadAsync(IPage page, string path, List<string> found)
    {
        await page.GotoAsync(path);
        found.AddRange(Check(path, await PageText.ReadAsync(page)));
    }

    private static IEnumerable<string> Check(string path, IReadOnlyList<string> texts) =>
        PageText.English(texts, Kept).Select(w => $"{path}: {w}");

    private static async Task SignInAsync(IPage page, string token)
    {
        await page.GotoAsync("/app/signin");
        await page.Locator("#token").FillAsync(token);
        await page.Locator("#token").PressAsync("Enter");
        await page.WaitForURLAsync("**/app");
    }
}
