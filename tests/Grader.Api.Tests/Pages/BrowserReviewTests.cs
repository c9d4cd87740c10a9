using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.RegradeRequests;
using Microsoft.Playwright;

namespace Grader.Api.Tests.Pages;

/// <summary>A TA answering a regrade request in a real browser (Debian's chromium), on a phone-sized screen.</summary>
[Collection(PagesCollection.Name)]
public sealed class BrowserReviewTests(SharedPagesServer api, Browser browser)
{
    [Fact]
    public async Task A_TA_on_a_phone_finds_a_regrade_request_overrides_the_score_and_answers_it()
    {
        var (_, student, _) = await StaffPages.SignedInAsync(api, "student", displayName: "<img src=x onerror=alert(1)>Mei");
        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var asked = await student.PostAsJsonAsync($"/submissions/{submission.Id}/regrade-requests", new { message = "Case 1 <b>is</b> right, I think." });
        var request = (await asked.Content.ReadFromJsonAsync<RegradeRequestResponse>(Json.Options))!;
        var (_, _, taId) = await StaffPages.SignedInAsync(api, "ta");
        var token = await Tokens.IssueAsync(api, taId);
        var page = await browser.NewPageAsync(api.Address, locale: "en-US", width: 360);
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.GotoAsync("/app/review/regrades");
        await page.GetByLabel("Token").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/app/review/regrades");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "The list is wider than the phone.");
        await page.Locator($"a[href='/app/review/regrades/{request.Id}']").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Regrade request {request.Id}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Case 1 <b>is</b> right, I think.")).ToBeVisibleAsync();
        await page.GetByLabel("Your answer (the student reads it)").FillAsync("Looked again: case 1 is right.");
        await page.GetByLabel("Override the final score").CheckAsync();
        await page.GetByLabel("Points", new() { Exact = true }).FillAsync("4");
        await page.GetByLabel("Reason for the grade change").FillAsync("Regrade: case 1 was right.");
        await page.GetByLabel("Reason for the grade change").PressAsync("Enter"); // the keyboard submits the form

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Done.");
        await Assertions.Expect(page.GetByText("Looked again: case 1 is right.")).ToBeVisibleAsync();
        Assert.Equal(0, dialogs);
        var seen = await student.GetFromJsonAsync<RegradeRequestResponse>($"/regrade-requests/{request.Id}", Json.Options);
        Assert.Equal((RegradeStatus.Resolved, true), (seen!.Status, seen.GradeChanged));
        var grade = (await Reviews.GradeAsync(student, submission.Id)).Grade;
        Assert.Equal((4, 4), (grade.Override!.Value, grade.Final!.Value));
    }
}
