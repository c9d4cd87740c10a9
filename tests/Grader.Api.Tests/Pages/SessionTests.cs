using System.Net;
using System.Net.Http.Json;
using Grader.Api.Users;

namespace Grader.Api.Tests.Pages;

/// <summary>The pages' session cookie, through the real HTTP pipeline: who it stands for, and when it ends.</summary>
[Collection(PagesCollection.Name)]
public sealed class SessionTests(SharedPagesServer api)
{
    [Fact]
    public async Task Signing_in_with_a_token_gives_a_session_of_the_same_user_and_role()
    {
        var (_, userName, id) = await api.NewUserAsync("ta");
        var token = await TokenForAsync(id);
        var pages = PageClient.For(api);

        var signIn = await pages.SignInAsync(token);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/app", signIn.Headers.Location?.OriginalString);
        var setCookie = string.Join("\n", signIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("grader.session=", setCookie, StringComparison.Ordinal);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        var me = await pages.Http.GetFromJsonAsync<UserResponse>("/users/me", Json.Options);
        Assert.Equal(id, me!.Id);
        Assert.Equal(userName, me.UserName);
        Assert.Equal(Data.Role.TA, me.Role);
        Assert.Equal(HttpStatusCode.OK, (await pages.Http.GetAsync("/app")).StatusCode);
    }

    [Fact]
    public async Task A_students_session_has_a_students_rights_only()
    {
        var (_, _, id) = await api.NewUserAsync();
        var pages = PageClient.For(api);
        await pages.SignInAsync(await TokenForAsync(id));

        Assert.Equal(HttpStatusCode.Forbidden, (await pages.Http.GetAsync("/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pages.Http.GetAsync("/users/me")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_token_signs_nobody_in()
    {
        var pages = PageClient.For(api);

        var signIn = await pages.SignInAsync("grd_not-a-token-of-anyone");

        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.DoesNotContain("grader.session=", string.Join("\n", signIn.Headers.TryGetValues("Set-Cookie", out var c) ? c : []), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await pages.Http.GetAsync("/app")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_even_for_a_copy_of_its_cookie()
    {
        var (_, _, id) = await api.NewUserAsync();
        var pages = PageClient.For(api);
        await pages.SignInAsync(await TokenForAsync(id));
        var copy = PageClient.For(api);
        copy.Cookies.Add(pages.Cookies.GetAllCookies());
        Assert.Equal(HttpStatusCode.OK, (await copy.Http.GetAsync("/app")).StatusCode);

        var page = await pages.Http.GetStringAsync("/app");
        var signOut = await pages.PostFormAsync("/app/signout", PageClient.AntiforgeryToken(page), []);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await pages.Http.GetAsync("/app");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/app/signin", after.Headers.Location?.PathAndQuery ?? after.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await copy.Http.GetAsync("/app")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.Http.GetAsync("/users/me")).StatusCode);
    }

    [Fact]
    public async Task Deactivating_the_user_or_revoking_the_token_ends_their_sessions()
    {
        var (_, _, leaving) = await api.NewUserAsync();
        var (_, _, revoked) = await api.NewUserAsync();
        var leavingPages = PageClient.For(api);
        await leavingPages.SignInAsync(await TokenForAsync(leaving));
        var revokedToken = await IssueAsync(revoked);
        var revokedPages = PageClient.For(api);
        await revokedPages.SignInAsync(revokedToken.Token);
        var instructor = api.Instructor();

        (await instructor.PatchAsJsonAsync($"/users/{leaving}", new { active = false })).EnsureSuccessStatusCode();
        (await instructor.DeleteAsync($"/users/{revoked}/tokens/{revokedToken.Id}")).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Redirect, (await leavingPages.Http.GetAsync("/app")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await revokedPages.Http.GetAsync("/app")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await revokedPages.Http.GetAsync("/users/me")).StatusCode);
    }

    [Fact]
    public async Task A_json_call_made_with_the_cookie_that_changes_something_needs_the_antiforgery_token()
    {
        var (_, _, id) = await api.NewUserAsync();
        var pages = PageClient.For(api);
        await pages.SignInAsync(await TokenForAsync(id));
        var token = PageClient.AntiforgeryToken(await pages.Http.GetStringAsync("/app"));

        var without = await Submit.TextAsync(pages.Http, Submit.HonestCumsum, wait: 0);
        var forged = new HttpRequestMessage(HttpMethod.Post, "/exercises/cumsum/submissions") { Content = new StringContent(Submit.HonestCumsum) };
        forged.Headers.Add("X-Grader-Antiforgery", "CfDJ8-made-up");
        var withForged = await pages.Http.SendAsync(forged);
        var proper = new HttpRequestMessage(HttpMethod.Post, "/exercises/cumsum/submissions") { Content = new StringContent(Submit.HonestCumsum) };
        proper.Headers.Add("X-Grader-Antiforgery", token);
        var withToken = await pages.Http.SendAsync(proper);

        await Problem.AssertAsync(without, HttpStatusCode.BadRequest, "Antiforgery token");
        Assert.Equal(HttpStatusCode.BadRequest, withForged.StatusCode);
        Assert.True(withToken.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.Created, $"With the token: {withToken.StatusCode}");
        var submissions = await pages.Http.GetFromJsonAsync<Submissions.SubmissionPage>("/submissions", Json.Options);
        Assert.Equal(1, submissions!.TotalCount); // the refused calls stored nothing
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var (_, _, id) = await api.NewUserAsync();
        var pages = PageClient.For(api);
        await pages.SignInAsync(await TokenForAsync(id));

        var signOut = await pages.PostFormAsync("/app/signout", antiforgery: null, []);
        var signIn = await PageClient.For(api).PostFormAsync("/app/signin", antiforgery: null, new() { ["Token"] = await TokenForAsync(id) });

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pages.Http.GetAsync("/app")).StatusCode); // still signed in
    }

    [Fact]
    public async Task A_bearer_token_alone_does_not_open_the_pages()
    {
        var (_, _, id) = await api.NewUserAsync();
        var pages = PageClient.For(api);
        pages.Http.DefaultRequestHeaders.Authorization = new("Bearer", await TokenForAsync(id));

        var response = await pages.Http.GetAsync("/app");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/app/signin", response.Headers.Location?.AbsolutePath);
    }

    private Task<string> TokenForAsync(int userId) => Tokens.IssueAsync(api, userId);

    private Task<IssuedToken> IssueAsync(int userId) => Tokens.IssuedAsync(api, userId);
}
