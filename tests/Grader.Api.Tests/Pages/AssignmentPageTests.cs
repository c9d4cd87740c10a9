using System.Net;
using System.Net.Http.Json;

namespace Grader.Api.Tests.Pages;

/// <summary>A student's view of one assignment (where the LMS launch lands), through the real HTTP pipeline.</summary>
[Collection(PagesCollection.Name)]
public sealed class AssignmentPageTests(SharedPagesServer api)
{
    [Fact]
    public async Task A_student_sees_the_exercises_their_own_due_date_and_best_results()
    {
        var instructor = api.Instructor();
        var assignment = await Assignments.CreateAsync(instructor);
        var (student, _, studentId) = await api.NewUserAsync();
        var (_, _, otherId) = await api.NewUserAsync();
        (await instructor.PutAsJsonAsync($"/assignments/{assignment}/extensions/{studentId}",
            new { dueAt = Assignments.Due.AddDays(5), reason = "Clinic note on file" })).EnsureSuccessStatusCode();
        var accepted = await Submit.GradedAsync(student, Submit.HonestCumsum);
        await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var pages = PageClient.For(api, "zh-TW");
        await pages.SignInAsync(await Tokens.IssueAsync(api, studentId));
        var other = PageClient.For(api, "zh-TW");
        await other.SignInAsync(await Tokens.IssueAsync(api, otherId));

        var response = await pages.Http.GetAsync($"/app/assignments/{assignment}");
        var html = await response.Content.ReadAsStringAsync();
        var othersHtml = await other.Http.GetStringAsync($"/app/assignments/{assignment}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("作業：歸約", html, StringComparison.Ordinal);
        Assert.Contains("2026-01-20 12:00", html, StringComparison.Ordinal); // their extension's due date
        Assert.Contains("Clinic note on file", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/app/submissions/{accepted.Id}\">通過</a>", html, StringComparison.Ordinal); // best, not last
        Assert.Contains("href=\"/app/exercises/sum-keepdims\"", html, StringComparison.Ordinal);
        Assert.Contains("2026-01-15 12:00", othersHtml, StringComparison.Ordinal); // the other student's own due date
        Assert.DoesNotContain("Clinic note", othersHtml, StringComparison.Ordinal);
        Assert.DoesNotContain($"/app/submissions/{accepted.Id}", othersHtml, StringComparison.Ordinal);
    }
}
