using System.Net;
using System.Net.Http.Json;
using Grader.Api.Assignments;
using Grader.Api.Data;
using Grader.Api.Users;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Pages;

/// <summary>The instructor's pages through the real pipeline on a session cookie: users, tokens, roster, assignments, extensions.</summary>
[Collection(PagesCollection.Name)]
public sealed class AdminPagesTests(SharedPagesServer api)
{
    [Fact]
    public async Task Admin_pages_open_for_instructors_only()
    {
        var assignment = await Assignments.CreateAsync(api.Instructor());
        var (instructor, _, instructorId) = await StaffPages.SignedInAsync(api, "instructor");
        var (ta, _, _) = await StaffPages.SignedInAsync(api, "ta");
        var (student, _, _) = await StaffPages.SignedInAsync(api, "student");
        string[] paths = ["/app/admin", "/app/admin/users", $"/app/admin/users/{instructorId}", "/app/admin/roster", "/app/admin/assignments",
            "/app/admin/assignments/edit", $"/app/admin/assignments/edit/{assignment}"];

        foreach (var path in paths)
        {
            await instructor.PageAsync(path);
            await ta.PageAsync(path, HttpStatusCode.Forbidden);
            await student.PageAsync(path, HttpStatusCode.Forbidden);
            Assert.Equal(HttpStatusCode.Redirect, (await PageClient.For(api).Http.GetAsync(path)).StatusCode);
        }

        var taForm = await ta.PageAsync("/app/review");
        var taPost = await ta.PostFormAsync("/app/admin/users", PageClient.AntiforgeryToken(taForm), new() { ["UserName"] = "sneaky", ["DisplayName"] = "Sneaky", ["Role"] = "Instructor" });
        Assert.Equal(HttpStatusCode.Forbidden, taPost.StatusCode);
        Assert.False(await api.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.UserName == "sneaky")));
        await instructor.PageAsync("/app/admin/users/999999", HttpStatusCode.NotFound);
        await instructor.PageAsync("/app/admin/assignments/edit/no-such-one", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_instructor_creates_a_user_issues_a_token_shown_once_revokes_it_and_deactivates_the_user()
    {
        var (instructor, _, _) = await StaffPages.SignedInAsync(api, "instructor");
        var userName = $"new-{Guid.NewGuid():N}"[..16];

        var forged = await instructor.PostFormAsync("/app/admin/users", antiforgery: null, new() { ["UserName"] = userName, ["DisplayName"] = "X", ["Role"] = "Student" });
        var created = await instructor.SubmitAsync("/app/admin/users", new() { ["UserName"] = userName, ["DisplayName"] = "<b>Ada</b> <script>alert(1)</script>", ["Role"] = "TA" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;
        var userPage = await instructor.PageAsync(path);
        Assert.DoesNotContain("<script>alert(1)", userPage, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Ada&lt;/b&gt;", userPage, StringComparison.Ordinal);
        var twice = await instructor.SubmitAsync("/app/admin/users", new() { ["UserName"] = userName.ToUpperInvariant(), ["DisplayName"] = "Again", ["Role"] = "Student" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var issued = await instructor.SubmitAsync(path, new() { ["TokenName"] = "laptop", ["ExpiresInDays"] = "30" }, $"{path}?handler=Issue");
        var issuedPage = await issued.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(issuedPage, "id=\"issued-token\">(grd_[^<]+)<").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.StartsWith("grd_", token, StringComparison.Ordinal);
        var me = await api.ClientWithToken(token).GetFromJsonAsync<UserResponse>("/users/me", Json.Options);
        Assert.Equal((userName, Role.TA), (me!.UserName, me.Role));
        Assert.DoesNotContain(token, await instructor.PageAsync(path), StringComparison.Ordinal); // shown once

        var tokenId = await api.WithDatabaseAsync(db => db.Tokens.Where(t => t.UserId == me.Id).Select(t => t.Id).SingleAsync());
        var revoked = await instructor.SubmitAsync(path, [], $"{path}?handler=Revoke&tokenId={tokenId}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.ClientWithToken(token).GetAsync("/users/me")).StatusCode);

        var second = await instructor.SubmitAsync(path, new() { ["TokenName"] = "phone" }, $"{path}?handler=Issue");
        var secondToken = System.Text.RegularExpressions.Regex.Match(await second.Content.ReadAsStringAsync(), "id=\"issued-token\">(grd_[^<]+)<").Groups[1].Value;
        var deactivated = await instructor.SubmitAsync(path, [], $"{path}?handler=Deactivate");
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.ClientWithToken(secondToken).GetAsync("/users/me")).StatusCode);
        Assert.False((await api.Instructor().GetFromJsonAsync<List<UserResponse>>("/users", Json.Options))!.Single(u => u.Id == me.Id).Active);
    }

    [Fact]
    public async Task An_instructor_renames_and_changes_a_role_but_cannot_deactivate_themselves()
    {
        var (instructor, _, instructorId) = await StaffPages.SignedInAsync(api, "instructor");
        var (_, _, studentId) = await StaffPages.SignedInAsync(api, "student");
        var path = $"/app/admin/users/{studentId}";
        var newName = $"renamed-{Guid.NewGuid():N}"[..16];

        var renamed = await instructor.SubmitAsync(path, new() { ["UserName"] = newName, ["DisplayName"] = "Renamed", ["Role"] = "TA" }, $"{path}?handler=Rename");
        var badName = await instructor.SubmitAsync(path, new() { ["UserName"] = "has space", ["DisplayName"] = "x", ["Role"] = "TA" }, $"{path}?handler=Rename");
        var self = await instructor.SubmitAsync($"/app/admin/users/{instructorId}", [], $"/app/admin/users/{instructorId}?handler=Deactivate");

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badName.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.Contains("Instructors cannot deactivate themselves", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var user = await api.WithDatabaseAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == studentId));
        Assert.Equal((newName, "Renamed", Role.TA), (user.UserName, user.DisplayName, user.Role));
        Assert.Null(await api.WithDatabaseAsync(db => db.Users.AsNoTracking().Where(u => u.Id == instructorId).Select(u => u.DeactivatedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_roster_with_bad_lines_adds_nobody_and_names_every_bad_line_and_a_good_one_adds_everybody_with_tokens()
    {
        var (instructor, _, _) = await StaffPages.SignedInAsync(api, "instructor");
        var prefix = $"r{Guid.NewGuid():N}"[..8];
        var bad = $"userName,displayName,role\n{prefix}-a,Ada,student\nhas space,Bob,student\n{prefix}-c,Cy,wizard\n";
        var good = $"userName,displayName,role\n{prefix}-a,\"Lovelace, Ada\",student\n{prefix}-b,<img src=x onerror=alert(1)>,ta\n";

        var refused = await instructor.SubmitAsync("/app/admin/roster", new() { ["Csv"] = bad });
        var refusedPage = await refused.Content.ReadAsStringAsync();
        var form = await instructor.PageAsync("/app/admin/roster");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(PageClient.AntiforgeryToken(form)), "__RequestVerificationToken" },
            { new StringContent("true"), "IssueTokens" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("\uFEFF" + good)), "Upload", "roster.csv" },
        };
        var imported = await instructor.Http.PostAsync("/app/admin/roster", upload);
        var importedPage = await imported.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Matches("<tr><td>3</td><td[^>]*>[^<]*UserName", refusedPage);
        Assert.Matches("<tr><td>4</td><td[^>]*>Unknown role &#x27;wizard&#x27;", refusedPage);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.DoesNotContain("<img src=x", importedPage, StringComparison.Ordinal);
        var tokens = System.Text.RegularExpressions.Regex.Matches(importedPage, "class=\"token\" translate=\"no\">(grd_[^<]+)<").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, tokens.Count);
        var second = await api.ClientWithToken(tokens[1]).GetFromJsonAsync<UserResponse>("/users/me", Json.Options);
        Assert.Equal(($"{prefix}-b", Role.TA), (second!.UserName, second.Role));
        Assert.Equal("Lovelace, Ada", await api.WithDatabaseAsync(db => db.Users.Where(u => u.UserName == $"{prefix}-a").Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task An_instructor_creates_and_edits_an_assignment_and_grants_an_extension_which_is_audited()
    {
        var (instructor, _, instructorId) = await StaffPages.SignedInAsync(api, "instructor");
        var (_, studentApi, studentId) = await StaffPages.SignedInAsync(api, "student");
        var id = Assignments.NewId();
        var fields = new Dictionary<string, string>
        {
            ["Id"] = id, ["TitleEn"] = "Homework <i>one</i>", ["TitleZh"] = "作業一", ["Include"] = "cumsum",
            ["Points[cumsum]"] = "10", ["OpensAt"] = "2027-02-22T01:00", ["DueAt"] = "2027-03-08T15:59", ["LateUntil"] = "2027-03-11T15:59",
            ["LateCredit"] = "70", ["Counts"] = "Best",
        };

        var badDates = await instructor.SubmitAsync("/app/admin/assignments/edit", new(fields) { ["DueAt"] = "2027-02-01T00:00" });
        var created = await instructor.SubmitAsync("/app/admin/assignments/edit", fields);
        var again = await instructor.SubmitAsync("/app/admin/assignments/edit", fields);
        Assert.Equal(HttpStatusCode.BadRequest, badDates.StatusCode);
        Assert.Contains("dueAt must be later than opensAt", await badDates.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var path = $"/app/admin/assignments/edit/{id}";
        var edited = await instructor.SubmitAsync(path, new(fields) { ["Include"] = "sum-keepdims", ["Points[sum-keepdims]"] = "5" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var stored = await studentApi.GetFromJsonAsync<AssignmentResponse>($"/assignments/{id}", Json.Options);
        Assert.Equal(("Homework <i>one</i>", CountedSubmission.Best, 70), (stored!.Titles.En, stored.Counts, stored.LateCreditPercent!.Value));
        Assert.Equal(new DateTime(2027, 3, 8, 15, 59, 0, DateTimeKind.Utc), stored.DueAt);
        Assert.Equal(["sum-keepdims"], stored.Exercises.Select(e => e.ExerciseId));

        var early = await instructor.SubmitAsync(path, new() { ["ExtensionStudent"] = $"{studentId}", ["ExtensionDueAt"] = "2027-03-01T00:00", ["ExtensionReason"] = "Ill." }, $"{path}?handler=Extend");
        var granted = await instructor.SubmitAsync(path, new() { ["ExtensionStudent"] = $"{studentId}", ["ExtensionDueAt"] = "2027-03-11T15:59", ["ExtensionReason"] = "In hospital <script>x</script>" }, $"{path}?handler=Extend");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var page = await instructor.PageAsync(path);
        Assert.Contains("In hospital &lt;script&gt;x&lt;/script&gt;", page, StringComparison.Ordinal);
        var mine = await studentApi.GetFromJsonAsync<AssignmentResponse>($"/assignments/{id}", Json.Options);
        Assert.Equal(new DateTime(2027, 3, 11, 15, 59, 0, DateTimeKind.Utc), mine!.Mine!.Deadline.DueAt);
        var audit = await api.WithDatabaseAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.AssignmentId == id && e.Kind == AuditKind.ExtensionGranted));
        Assert.Equal((instructorId, studentId), (audit.ActorId, audit.StudentId!.Value));
    }

    [Fact]
    public async Task Admin_pages_in_chinese_have_no_english_left()
    {
        var assignment = await Assignments.CreateAsync(api.Instructor());
        var (instructor, _, instructorId) = await StaffPages.SignedInAsync(api, "instructor", language: "zh-TW");
        await instructor.SubmitAsync($"/app/admin/users/{instructorId}", new() { ["TokenName"] = "second" }, $"/app/admin/users/{instructorId}?handler=Issue");
        // The bad lines' reasons are the API's, in the page's language; they name the field and its rule as code.
        var refused = await instructor.SubmitAsync("/app/admin/roster", new() { ["Csv"] = "userName,displayName,role\nhas space,Bob,student\nsomeone,Someone,wizard\n" });
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Contains("沒有角色 &#x27;wizard&#x27;", refusedPage, StringComparison.Ordinal);
        var refusal = PageText.English(StaffPages.Texts(refusedPage), ChineseKept.Words).ToList();
        Assert.True(refusal is [], $"The roster's refusal has English: {string.Join(", ", refusal)}");

        foreach (var path in new[]
        {
            "/app/admin", "/app/admin/users", $"/app/admin/users/{instructorId}", "/app/admin/roster", "/app/admin/assignments",
            "/app/admin/assignments/edit", $"/app/admin/assignments/edit/{assignment}",
        })
        {
            var html = await instructor.PageAsync(path);
            Assert.True(StaffPages.LatinWords(html) is [], $"{path} has English: {string.Join(", ", StaffPages.LatinWords(html))}");
        }
    }
}
