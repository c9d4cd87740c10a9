using System.Net;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.Rejudges;

namespace Grader.Api.Tests.Pages;

/// <summary>The rejudge pages: starting a rejudge of an assignment, and watching a rejudge finish.</summary>
[Collection(PagesCollection.Name)]
public sealed class RejudgePageTests(SharedPagesServer api)
{
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
