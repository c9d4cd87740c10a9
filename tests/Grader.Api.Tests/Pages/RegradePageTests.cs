using System.Net;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.RegradeRequests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Grader.Api.Tests.Pages;

/// <summary>A student asks for a regrade on their submission's page; a TA answers it; the student reads the answer there.</summary>
[Collection(PagesCollection.Name)]
public sealed class RegradePageTests(SharedPagesServer api, Browser browser)
{
    [Fact]
    public async Task A_student_files_a_regrade_request_in_chinese_a_TA_answers_it_and_the_student_reads_the_answer()
    {
        var (studentApi, _, studentId) = await api.NewUserAsync();
        var submission = await Submit.GradedAsync(studentApi, Submit.KeepdimMissing);
        var (_, _, taId) = await api.NewUserAsync("ta");
        var student = await browser.NewPageAsync(api.Address, locale: "zh-TW");
        await SignInAsync(student, await Tokens.IssueAsync(api, studentId), "權杖", "登入");

        await student.GotoAsync($"/app/submissions/{submission.Id}");
        await student.GetByLabel("針對").SelectOptionAsync(new SelectOptionValue { Label = "測資 1" });
        await student.GetByLabel("你的說明（成績哪裡有誤，以及原因）").FillAsync("第 1 筆測資 <b>其實</b> 是對的。");
        await student.GetByRole(AriaRole.Button, new() { Name = "送出申請" }).ClickAsync();

        await Assertions.Expect(student.GetByRole(AriaRole.Status)).ToHaveTextAsync("已送出申請，助教會在這裡回覆。");
        await Assertions.Expect(student.Locator(".regrade-message")).ToHaveTextAsync("第 1 筆測資 <b>其實</b> 是對的。");
        await Assertions.Expect(student.Locator(".regrade-status")).ToContainTextAsync("等待助教回覆。");
        await Assertions.Expect(student.Locator("#regrade-request-form")).ToHaveCountAsync(0); // one open request at a time
        var stored = await api.WithDatabaseAsync(db => db.RegradeRequests.AsNoTracking().SingleAsync(r => r.SubmissionId == submission.Id));
        Assert.Equal((studentId, 0, RegradeStatus.Open), (stored.StudentId, stored.CaseIndex!.Value, stored.Status));

        // The TA finds it in the review list and answers it.
        var ta = await browser.NewPageAsync(api.Address, locale: "en-US");
        await SignInAsync(ta, await Tokens.IssueAsync(api, taId), "Token", "Sign in");
        await ta.GotoAsync("/app/review/regrades");
        await ta.Locator($"a[href='/app/review/regrades/{stored.Id}']").ClickAsync();
        await Assertions.Expect(ta.GetByText("第 1 筆測資 <b>其實</b> 是對的。")).ToBeVisibleAsync();
        await ta.GetByLabel("Your answer (the student reads it)").FillAsync("Case 1 misses **keepdim**: the grade stays.");
        await ta.GetByRole(AriaRole.Button, new() { Name = "Answer and resolve" }).ClickAsync();
        await Assertions.Expect(ta.GetByRole(AriaRole.Status)).ToHaveTextAsync("Done.");

        // The student reads the answer (its Markdown rendered), and may ask again.
        await student.ReloadAsync();
        await Assertions.Expect(student.Locator(".regrade-status")).ToContainTextAsync("助教已回覆；成績維持不變。");
        await Assertions.Expect(student.Locator(".regrade-answer .comment-body")).ToContainTextAsync("Case 1 misses keepdim: the grade stays.");
        await Assertions.Expect(student.Locator(".regrade-answer .comment-body strong")).ToHaveTextAsync("keepdim");
        await Assertions.Expect(student.Locator("#regrade-request-form")).ToHaveCountAsync(1);
        var english = PageText.English(await PageText.ReadAsync(student), ChineseTextTests.Kept).ToList();
        Assert.True(english is [], $"English left: {string.Join(", ", english)}");
    }

    [Fact]
    public async Task A_student_cannot_file_a_regrade_on_another_students_submission_by_changing_the_id()
    {
        var (victim, _, _) = await api.NewUserAsync();
        var theirs = await Submit.GradedAsync(victim, Submit.HonestCumsum);
        var (attackerApi, _, attackerId) = await api.NewUserAsync();
        var mine = await Submit.GradedAsync(attackerApi, Submit.KeepdimMissing);
        var pages = PageClient.For(api);
        await pages.SignInAsync(await Tokens.IssueAsync(api, attackerId));
        var ownPage = await pages.PageAsync($"/app/submissions/{mine.Id}");
        var token = PageClient.AntiforgeryToken(ownPage);

        var tampered = await pages.PostFormAsync($"/app/submissions/{theirs.Id}?handler=Regrade", token, new() { ["RegradeMessage"] = "Give me points.", ["RegradeCase"] = "" });

        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        var body = await tampered.Content.ReadAsStringAsync();
        Assert.DoesNotContain(theirs.Student.UserName, body, StringComparison.Ordinal);
        Assert.DoesNotContain("A.cumsum(0)", body, StringComparison.Ordinal);
        Assert.False(await api.WithDatabaseAsync(db => db.RegradeRequests.AnyAsync(r => r.SubmissionId == theirs.Id)));
        Assert.Contains("id=\"regrade-request-form\"", ownPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_regrade_form_refuses_a_bad_case_an_empty_message_a_forged_post_and_a_second_open_request()
    {
        var (studentApi, _, studentId) = await api.NewUserAsync();
        var submission = await Submit.GradedAsync(studentApi, Submit.KeepdimMissing);
        var pages = PageClient.For(api);
        await pages.SignInAsync(await Tokens.IssueAsync(api, studentId));
        var path = $"/app/submissions/{submission.Id}";
        var token = PageClient.AntiforgeryToken(await pages.PageAsync(path));
        var action = $"{path}?handler=Regrade";

        var badCase = await pages.PostFormAsync(action, token, new() { ["RegradeMessage"] = "Look again.", ["RegradeCase"] = "99" });
        var notACase = await pages.PostFormAsync(action, token, new() { ["RegradeMessage"] = "Look again.", ["RegradeCase"] = "-1" });
        var empty = await pages.PostFormAsync(action, token, new() { ["RegradeMessage"] = "   ", ["RegradeCase"] = "" });
        var tooLong = await pages.PostFormAsync(action, token, new() { ["RegradeMessage"] = new string('x', 4001), ["RegradeCase"] = "" });
        var forged = await pages.PostFormAsync(action, antiforgery: null, new() { ["RegradeMessage"] = "Look again.", ["RegradeCase"] = "" });
        var first = await pages.PostFormAsync(action, token, new() { ["RegradeMessage"] = "Look again.", ["RegradeCase"] = "" });
        var second = await pages.PostFormAsync(action, token, new() { ["RegradeMessage"] = "And again.", ["RegradeCase"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, badCase.StatusCode);
        Assert.Contains("caseIndex is from 0 to 4", await badCase.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notACase.StatusCode);
        Assert.Contains("Choose the whole submission or one of its cases.", await notACase.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Write your message first.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("at most 4000 characters", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"{path}?asked=1#regrades", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("already has an open regrade request", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await api.WithDatabaseAsync(db => db.RegradeRequests.AsNoTracking().Where(r => r.SubmissionId == submission.Id).Select(r => r.Message).ToListAsync());
        Assert.Equal(["Look again."], stored);
    }

    [Fact]
    public async Task Staff_see_a_submissions_requests_linked_to_their_answer_page_but_are_offered_no_form_and_cannot_file_one()
    {
        var (studentApi, _, _) = await api.NewUserAsync();
        var submission = await Submit.GradedAsync(studentApi, Submit.KeepdimMissing);
        var asked = await studentApi.PostAsJsonAsync($"/submissions/{submission.Id}/regrade-requests", new { message = "Please <script>alert(1)</script>" });
        var request = (await asked.Content.ReadFromJsonAsync<RegradeRequestResponse>(Json.Options))!;
        var (ta, _, _) = await StaffPages.SignedInAsync(api, "ta");
        var path = $"/app/submissions/{submission.Id}";

        var page = await ta.PageAsync(path);
        var filed = await ta.PostFormAsync($"{path}?handler=Regrade", PageClient.AntiforgeryToken(page), new() { ["RegradeMessage"] = "As the TA.", ["RegradeCase"] = "" });

        Assert.Contains($"href=\"/app/review/regrades/{request.Id}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"regrade-request-form\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, filed.StatusCode);
        Assert.Equal(1, await api.WithDatabaseAsync(db => db.RegradeRequests.CountAsync(r => r.SubmissionId == submission.Id)));
    }

    private static async Task SignInAsync(IPage page, string token, string label, string button)
    {
        await page.GotoAsync("/app/signin");
        await page.GetByLabel(label).FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/app", new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
    }
}
