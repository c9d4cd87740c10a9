using System.Net;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.Rejudges;
using Microsoft.Playwright;

namespace Grader.Api.Tests.Pages;

/// <summary>The rejudge pages: starting a rejudge of an assignment, and watching a rejudge finish.</summary>
[Collection(PagesCollection.Name)]
public sealed class RejudgePageTests(SharedPagesServer api, Browser browser)
{
    [Fact]
    public async Task A_TA_watches_a_rejudge_finish_without_reloading_and_apply_enables_itself()
    {
        var (_, student, _) = await StaffPages.SignedInAsync(api, "student");
        // Each runs into the 2 s time limit: four keep the two workers busy for a while after the page is shown.
        var slow = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            slow.Add((await Submit.GradedAsync(student, Submit.Endless)).Id);
        }

        var (_, _, taId) = await StaffPages.SignedInAsync(api, "ta");
        var page = await browser.NewPageAsync(api.Address, locale: "en-US");
        await page.GotoAsync("/app/signin");
        await page.GetByLabel("Token").FillAsync(await Tokens.IssueAsync(api, taId));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/app", new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await page.GotoAsync("/app/review/rejudges");
        await page.GetByLabel("Exercise", new() { Exact = true }).SelectOptionAsync("cumsum");
        await page.GetByLabel("These submission ids (comma or space separated)").CheckAsync();
        await page.GetByLabel("Submission", new() { Exact = true }).FillAsync(string.Join(", ", slow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await page.WaitForURLAsync("**/app/review/rejudges/*");

        // From here on the page is never loaded again: a reload would lose this mark, and navigations are counted.
        await page.EvaluateAsync("() => { window.stayed = true; }");
        var navigations = 0;
        page.FrameNavigated += (_, frame) => { if (frame == page.MainFrame) { navigations++; } };
        var apply = page.GetByRole(AriaRole.Button, new() { Name = "Apply every new result" });
        await Assertions.Expect(apply).ToBeDisabledAsync();
        var progress = page.Locator("#rejudge-progress");
        Assert.Equal("polite", await progress.GetAttributeAsync("aria-live"));

        await Assertions.Expect(progress).ToHaveTextAsync("4 of 4 graded again (0 waiting, 0 being graded, 0 cancelled).", new() { Timeout = 120_000 });
        await Assertions.Expect(apply).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator("#rejudge-items td.item-status")).ToHaveTextAsync(["Done", "Done", "Done", "Done"]);
        await Assertions.Expect(page.Locator("#rejudge-items tbody tr").First).ToContainTextAsync("Time limit exceeded");
        await Assertions.Expect(page.Locator("#rejudge-refresh")).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.stayed === true"), "The page was reloaded.");
        Assert.Equal(0, navigations);

        await apply.ClickAsync();
        await Assertions.Expect(page.Locator("p.done")).ToHaveTextAsync("Done.");
        await Assertions.Expect(page.Locator("#rejudge-state")).ToHaveTextAsync("Applied");
    }

    [Fact]
    public async Task A_TA_starts_a_rejudge_of_every_exercise_of_an_assignment_from_the_page()
    {
        var opens = new DateTimeOffset(2098, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var assignment = Assignments.NewId();
        (await api.Instructor().PostAsJsonAsync("/assignments", new
        {
            id = assignment,
            title = new { en = "Rejudged", zhTW = "重新批改的作業" },
            exercises = new[] { new { exerciseId = "cumsum", points = 10 }, new { exerciseId = "sum-keepdims", points = 5 } },
            opensAt = opens,
            dueAt = opens.AddDays(7),
        })).EnsureSuccessStatusCode();
        var (_, student, _) = await StaffPages.SignedInAsync(api, "student");
        var cumsum = await Assignments.SubmitAtAsync(api, student, Submit.HonestCumsum, opens.AddDays(1));
        var keepdims = await Assignments.SubmitAtAsync(api, student, Submit.MissingSemicolon, opens.AddDays(1), "sum-keepdims");
        var (ta, taApi, _) = await StaffPages.SignedInAsync(api, "ta", language: "zh-TW");

        var form = await ta.PageAsync("/app/review/rejudges");
        var missing = await ta.PostFormAsync("/app/review/rejudges", PageClient.AntiforgeryToken(form), new() { ["Which"] = "assignment", ["Assignment"] = "" });
        var started = await ta.PostFormAsync("/app/review/rejudges", PageClient.AntiforgeryToken(form), new()
        {
            ["Exercise"] = "dot-product", ["Which"] = "assignment", ["Assignment"] = assignment, ["Reason"] = "新的測資",
        });

        Assert.Contains($"<option value=\"{assignment}\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("請選擇作業。", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var path = started.Headers.Location!.OriginalString;
        var id = long.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var rejudge = await RejudgeCalls.GetAsync(taApi, id);
        Assert.Equal((RejudgeSelection.Assignment, assignment, null), (rejudge.Selection, rejudge.AssignmentId, rejudge.ExerciseId));
        Assert.Equal(new[] { cumsum, keepdims }, rejudge.Items!.Select(i => i.SubmissionId));
        var page = await ta.PageAsync(path);
        Assert.Contains($"href=\"/app/review/gradebook/{assignment}\"", page, StringComparison.Ordinal);
        Assert.True(StaffPages.LatinWords(page) is [], $"{path} has English: {string.Join(", ", StaffPages.LatinWords(page))}");
        var list = await ta.PageAsync("/app/review/rejudges");
        Assert.Contains($"<td translate=\"no\">{assignment}</td>", list, StringComparison.Ordinal);
        await RejudgeCalls.DecideAsync(taApi, id, "cancel");
    }
}
