using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Grader.Api.Users;

namespace Grader.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class AccessTests(SharedApi api)
{
    [Fact]
    public async Task A_student_cannot_read_or_list_another_students_submission_but_a_TA_can()
    {
        var (alice, _, _) = await api.NewUserAsync();
        var (bob, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.ReadAsync(await Submit.TextAsync(alice, Submit.HonestCumsum));

        await Problem.AssertAsync(await bob.GetAsync($"/submissions/{submission.Id}"), HttpStatusCode.NotFound);
        var bobs = await bob.GetFromJsonAsync<Submissions.SubmissionPage>("/submissions", Json.Options);
        var asTa = await ta.GetFromJsonAsync<Submissions.SubmissionResponse>($"/submissions/{submission.Id}", Json.Options);
        var asAlice = await alice.GetFromJsonAsync<Submissions.SubmissionResponse>($"/submissions/{submission.Id}", Json.Options);

        Assert.DoesNotContain(bobs!.Items, i => i.Id == submission.Id);
        Assert.Equal(submission.Id, asTa!.Id);
        Assert.NotNull(asTa.Seed);
        Assert.Null(asAlice!.Seed);
    }

    [Fact]
    public async Task Requests_without_a_token_get_401_problem_details_with_a_bearer_challenge()
    {
        var anonymous = api.CreateClient();

        var response = await anonymous.GetAsync("/exercises");

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("Authorization: Bearer", detail);
    }

    [Theory]
    [InlineData("Bearer grd_not-a-real-token", "not known")]
    [InlineData("Basic dXNlcjpwYXNz", "must be 'Bearer <token>'")]
    public async Task A_bad_token_gets_401_saying_what_is_wrong(string header, string expected)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);

        var detail = await Problem.AssertAsync(await client.GetAsync("/exercises"), HttpStatusCode.Unauthorized);

        Assert.Contains(expected, detail);
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        var instructor = api.Instructor();
        var (student, _, id) = await api.NewUserAsync();
        Assert.Equal(HttpStatusCode.OK, (await student.GetAsync("/users/me")).StatusCode);
        var tokens = await instructor.GetFromJsonAsync<List<TokenResponse>>($"/users/{id}/tokens", Json.Options);

        var revoked = await instructor.DeleteAsync($"/users/{id}/tokens/{tokens!.Single().Id}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        var detail = await Problem.AssertAsync(await student.GetAsync("/users/me"), HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", detail);
    }

    [Fact]
    public async Task Students_cannot_manage_users()
    {
        var (student, _, _) = await api.NewUserAsync();

        var response = await student.PostAsJsonAsync("/users", new { userName = "intruder", displayName = "Intruder", role = "instructor" });

        await Problem.AssertAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TAs_can_read_users_but_not_create_them_or_issue_tokens()
    {
        var (ta, _, _) = await api.NewUserAsync("ta");
        var (_, _, studentId) = await api.NewUserAsync();

        Assert.Equal(HttpStatusCode.OK, (await ta.GetAsync("/users")).StatusCode);
        await Problem.AssertAsync(await ta.PostAsJsonAsync("/users", new { userName = "by-ta", displayName = "By TA" }), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await ta.PostAsJsonAsync($"/users/{studentId}/tokens", new { name = "x" }), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await ta.PostAsync("/users/import", new StringContent("userName,displayName\nx,X\n", Encoding.UTF8, "text/csv")), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task User_names_are_unique_ignoring_case_even_when_created_at_the_same_moment()
    {
        var instructor = api.Instructor();
        var name = $"Dup{Guid.NewGuid():N}"[..20];

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            instructor.PostAsJsonAsync("/users", new { userName = i % 2 == 0 ? name : name.ToLowerInvariant(), displayName = $"Copy {i}" })));

        Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in attempts.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await Problem.AssertAsync(refused, HttpStatusCode.Conflict, "User exists");
        }
    }

    [Fact]
    public async Task A_roster_import_adds_students_with_working_tokens_and_skips_known_ones()
    {
        var instructor = api.Instructor();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var csv = $"userName,displayName,role\r\nr1{suffix},\"Chen, Mei-Ling\",student\r\nr2{suffix},王小明,\r\nt{suffix},TA One,ta\r\n";

        var first = await instructor.PostAsync("/users/import?issueTokens=true", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var again = await instructor.PostAsync("/users/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var result = (await first.Content.ReadFromJsonAsync<RosterImportResult>(Json.Options))!;
        Assert.Equal(3, result.Created.Count);
        Assert.Equal("Chen, Mei-Ling", result.Created[0].DisplayName);
        Assert.Equal(Data.Role.TA, result.Created[2].Role);
        var me = await api.ClientWithToken(result.Created[1].Token!).GetFromJsonAsync<UserResponse>("/users/me", Json.Options);
        Assert.Equal("王小明", me!.DisplayName);
        var repeated = (await again.Content.ReadFromJsonAsync<RosterImportResult>(Json.Options))!;
        Assert.Empty(repeated.Created);
        Assert.Equal(3, repeated.Skipped.Count);
    }

    [Fact]
    public async Task A_roster_with_a_bad_row_is_refused_whole_with_the_line()
    {
        var instructor = api.Instructor();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var csv = $"userName,displayName,role\ngood{suffix},Good,student\nbad {suffix},Bad,student\nx{suffix},X,professor\n";

        var response = await instructor.PostAsync("/users/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        var detail = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Roster refused");
        Assert.Contains("Line 3", detail);
        Assert.Contains("Line 4", detail);
        Assert.Contains("professor", detail);
        var users = await instructor.GetFromJsonAsync<List<UserResponse>>("/users", Json.Options);
        Assert.DoesNotContain(users!, u => u.UserName == $"good{suffix}");
    }

    [Fact]
    public async Task The_bootstrap_instructor_can_issue_a_token_that_expires()
    {
        var instructor = api.Instructor();
        var me = await instructor.GetFromJsonAsync<UserResponse>("/users/me", Json.Options);

        var issued = await instructor.PostAsJsonAsync($"/users/{me!.Id}/tokens", new { name = "lms", expiresInDays = 30 });

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var token = (await issued.Content.ReadFromJsonAsync<IssuedToken>(Json.Options))!;
        Assert.StartsWith("grd_", token.Token);
        Assert.True(token.ExpiresAt > DateTime.UtcNow.AddDays(29));
        var stored = await api.WithDatabaseAsync(db => Task.FromResult(db.Tokens.Single(t => t.Id == token.Id)));
        Assert.NotEqual(token.Token, stored.Hash);
        Assert.Equal(Auth.Tokens.Hash(token.Token), stored.Hash);
    }
}
