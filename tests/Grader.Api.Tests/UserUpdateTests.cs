using System.Net;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.Submissions;
using Grader.Api.Users;

namespace Grader.Api.Tests;

/// <summary>Over a course an instructor renames people, changes roles, and deactivates those who left.</summary>
[Collection(ApiCollection.Name)]
public sealed class UserUpdateTests(SharedApi api)
{
    [Fact]
    public async Task A_user_is_renamed_and_promoted_and_their_token_keeps_working()
    {
        var (instructor, _, _) = await api.NewUserAsync("instructor");
        var (student, _, id) = await api.NewUserAsync();
        var newName = $"b{Guid.NewGuid():N}"[..12];

        var updated = await instructor.PatchAsJsonAsync($"/users/{id}", new { userName = newName, displayName = "王小明", role = "ta" });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var me = await student.GetFromJsonAsync<UserResponse>("/users/me", Json.Options);
        Assert.Equal((newName, "王小明", Role.TA, true), (me!.UserName, me.DisplayName, me.Role, me.Active));
        Assert.Equal(HttpStatusCode.OK, (await student.GetAsync("/users")).StatusCode);
    }

    [Fact]
    public async Task Deactivating_a_student_revokes_their_tokens_and_keeps_their_submissions()
    {
        var (instructor, _, _) = await api.NewUserAsync("instructor");
        var (student, userName, id) = await api.NewUserAsync();
        var graded = await Submit.GradedAsync(student, Submit.HonestCumsum);

        var updated = await instructor.PatchAsJsonAsync($"/users/{id}", new { active = false });

        Assert.False((await updated.Content.ReadFromJsonAsync<UserResponse>(Json.Options))!.Active);
        await Problem.AssertAsync(await student.GetAsync("/users/me"), HttpStatusCode.Unauthorized);
        var tokens = await instructor.GetFromJsonAsync<List<TokenResponse>>($"/users/{id}/tokens", Json.Options);
        Assert.All(tokens!, t => Assert.NotNull(t.RevokedAt));
        var kept = await instructor.GetFromJsonAsync<SubmissionPage>($"/submissions?student={userName}", Json.Options);
        Assert.Equal([graded.Id], kept!.Items.Select(s => s.Id));
        await Problem.AssertAsync(await instructor.PostAsJsonAsync($"/users/{id}/tokens", new { name = "again" }), HttpStatusCode.Conflict, "User deactivated");

        await instructor.PatchAsJsonAsync($"/users/{id}", new { active = true });
        Assert.Equal(HttpStatusCode.Created, (await instructor.PostAsJsonAsync($"/users/{id}/tokens", new { name = "back" })).StatusCode);
    }

    [Fact]
    public async Task Renaming_onto_a_taken_name_is_a_409_and_changes_nothing()
    {
        var (instructor, _, _) = await api.NewUserAsync("instructor");
        var (_, taken, _) = await api.NewUserAsync();
        var (student, name, id) = await api.NewUserAsync();

        await Problem.AssertAsync(
            await instructor.PatchAsJsonAsync($"/users/{id}", new { userName = taken.ToUpperInvariant(), active = false }), HttpStatusCode.Conflict, "User exists");

        var me = await student.GetFromJsonAsync<UserResponse>("/users/me", Json.Options);
        Assert.Equal((name, true), (me!.UserName, me.Active));
    }

    [Fact]
    public async Task Instructors_cannot_lock_themselves_out_and_students_cannot_change_anyone()
    {
        var (instructor, _, instructorId) = await api.NewUserAsync("instructor");
        var (student, _, studentId) = await api.NewUserAsync();

        await Problem.AssertAsync(await instructor.PatchAsJsonAsync($"/users/{instructorId}", new { active = false }), HttpStatusCode.Conflict, "Cannot change yourself");
        await Problem.AssertAsync(await instructor.PatchAsJsonAsync($"/users/{instructorId}", new { role = "student" }), HttpStatusCode.Conflict, "Cannot change yourself");
        await Problem.AssertAsync(await student.PatchAsJsonAsync($"/users/{studentId}", new { role = "instructor" }), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await instructor.PatchAsJsonAsync("/users/99999999", new { displayName = "x" }), HttpStatusCode.NotFound, "Unknown user");
        await Problem.AssertAsync(await instructor.PatchAsJsonAsync($"/users/{studentId}", new { userName = "no spaces allowed" }), HttpStatusCode.BadRequest);
    }
}
