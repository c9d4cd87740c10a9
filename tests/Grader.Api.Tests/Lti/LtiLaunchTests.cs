using System.Net;
using System.Web;
using Grader.Api.Data;

namespace Grader.Api.Tests.Lti;

/// <summary>Login and launch against the test platform, through the real HTTP pipeline: what passes, and each refusal.</summary>
public sealed class LtiLaunchTests(LtiFixture lti) : IClassFixture<LtiFixture>
{
    private static string NewSubject() => "sub-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Login_redirects_to_the_platforms_authorization_endpoint_with_a_fresh_state_and_nonce()
    {
        using var browser = lti.Browser();
        var first = await browser.LoginAsync("hint-a");
        var second = await browser.LoginAsync("hint-a");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var location = first.Headers.Location!;
        Assert.StartsWith(lti.Platform.AuthorizationEndpoint + "?", location.ToString(), StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("openid", query["scope"]);
        Assert.Equal("id_token", query["response_type"]);
        Assert.Equal("form_post", query["response_mode"]);
        Assert.Equal("none", query["prompt"]);
        Assert.Equal(TestPlatform.ClientId, query["client_id"]);
        Assert.Equal("hint-a", query["login_hint"]);
        Assert.Equal("message-hint-1", query["lti_message_hint"]);
        Assert.Equal(LtiBrowser.ToolBase + "/lti/launch", query["redirect_uri"]);
        var again = HttpUtility.ParseQueryString(second.Headers.Location!.Query);
        Assert.NotEqual(query["state"], again["state"]);
        Assert.NotEqual(query["nonce"], again["nonce"]);

        // The browser cookie a launch must come back with is cross-site capable.
        var cookie = first.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("grader-lti-browser=", StringComparison.Ordinal));
        Assert.Contains("samesite=none", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_learners_launch_makes_a_student_and_lands_on_the_exercise_the_link_names()
    {
        using var browser = lti.Browser();
        var subject = NewSubject();

        var launched = await browser.LaunchAsync(new LaunchSpec(subject, [LaunchSpec.Learner]) { Name = "Chen Wei", PreferredUserName = "b" + subject[4..14] });

        Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        Assert.Equal("/app/exercises/cumsum", launched.Headers.Location!.OriginalString);
        Assert.Contains(launched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Grader.Api.Pages.PageSession.CookieName + "=", StringComparison.Ordinal));
        var page = await browser.Tool.GetAsync("/app/exercises/cumsum");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var user = await browser.UserAsync(subject);
        Assert.NotNull(user);
        Assert.Equal(Role.Student, user.Role);
        Assert.Equal("Chen Wei", user.DisplayName);
        Assert.Equal("b" + subject[4..14], user.UserName);
        var link = await lti.Api.WithDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.LtiResourceLinks.Where(l => l.ResourceLinkId == "link-cumsum")));
        Assert.Equal("cumsum", link.ExerciseId);
    }

    [Fact]
    public async Task An_assignment_link_lands_on_the_assignment_and_roles_map_to_ta_and_instructor()
    {
        var created = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(lti.Api.Instructor(), "/assignments", new
        {
            id = "lti-hw1",
            title = new { en = "Homework 1", zhTW = "作業一" },
            exercises = new[] { new { exerciseId = "cumsum", points = 10 } },
            opensAt = DateTimeOffset.UtcNow.AddDays(-1),
            dueAt = DateTimeOffset.UtcNow.AddDays(7),
        });
        Assert.True(created.IsSuccessStatusCode || created.StatusCode == HttpStatusCode.Conflict);
        using var browser = lti.Browser();
        var ta = NewSubject();
        var instructor = NewSubject();

        var asTa = await browser.LaunchAsync(new LaunchSpec(ta, [LaunchSpec.TeachingAssistant])
        {
            ResourceLinkId = "link-hw1",
            Custom = new Dictionary<string, string> { ["assignment"] = "lti-hw1" },
        });
        var asInstructor = await browser.LaunchAsync(new LaunchSpec(instructor, [LaunchSpec.Instructor, "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty"])
        {
            ResourceLinkId = "link-hw1",
            Custom = new Dictionary<string, string> { ["assignment"] = "lti-hw1" },
        });

        Assert.Equal("/app/assignments/lti-hw1", asTa.Headers.Location!.OriginalString);
        Assert.Equal("/app/assignments/lti-hw1", asInstructor.Headers.Location!.OriginalString);
        Assert.Equal(Role.TA, (await browser.UserAsync(ta))!.Role);
        Assert.Equal(Role.Instructor, (await browser.UserAsync(instructor))!.Role);
    }

    [Fact]
    public async Task A_learner_claiming_instructor_in_custom_parameters_stays_a_student()
    {
        using var browser = lti.Browser();
        var subject = NewSubject();

        var launched = await browser.LaunchAsync(new LaunchSpec(subject, [LaunchSpec.Learner])
        {
            Custom = new Dictionary<string, string> { ["exercise"] = "cumsum", ["roles"] = LaunchSpec.Instructor, ["role"] = "instructor" },
        });

        Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        Assert.Equal(Role.Student, (await browser.UserAsync(subject))!.Role);
    }

    [Fact]
    public async Task A_launch_never_takes_over_an_existing_account_by_its_user_name()
    {
        using var browser = lti.Browser();
        var subject = NewSubject();

        await browser.LaunchAsync(new LaunchSpec(subject, [LaunchSpec.Instructor]) { PreferredUserName = "instructor" });

        var user = (await browser.UserAsync(subject))!;
        Assert.NotEqual("instructor", user.UserName);
        Assert.StartsWith("lti", user.UserName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Signing.OtherKey, "bad_signature")]
    [InlineData(Signing.None, "wrong_algorithm")]
    [InlineData(Signing.Hs256WithPublicKey, "wrong_algorithm")]
    public async Task A_forged_id_token_is_refused(Signing signing, string code)
    {
        using var browser = lti.Browser();
        var subject = NewSubject();

        var launched = await browser.LaunchAsync(new LaunchSpec(subject, [LaunchSpec.Instructor]) { Signing = signing });

        Assert.Equal(code, await LtiBrowser.ErrorAsync(launched, HttpStatusCode.Unauthorized));
        Assert.Null(await browser.UserAsync(subject));
    }

    [Fact]
    public async Task A_replayed_launch_is_refused_as_a_spent_nonce()
    {
        using var browser = lti.Browser();
        var first = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var replay = await LtiBrowser.PostAsync(browser.Tool, browser.LastForm.Action, browser.LastForm.Fields);

        Assert.Equal("replayed_nonce", await LtiBrowser.ErrorAsync(replay, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task A_state_started_in_another_browser_is_refused()
    {
        using var victim = lti.Browser();
        using var attacker = lti.Browser();

        // The attacker's browser posts a launch whose login the victim's browser started (or the reverse): either way
        // the state does not belong to the posting browser's cookie.
        var launched = await victim.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]), postFrom: attacker.Tool);

        Assert.Equal("state_from_another_browser", await LtiBrowser.ErrorAsync(launched, HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task A_state_the_tool_never_issued_is_refused()
    {
        using var browser = lti.Browser();

        var launched = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]),
            tamper: fields => new(fields) { ["state"] = "made-up-state" });

        Assert.Equal("unknown_state", await LtiBrowser.ErrorAsync(launched, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task An_expired_id_token_is_refused()
    {
        using var browser = lti.Browser();

        var launched = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { IssuedAtOffsetSeconds = -900, ExpiresInSeconds = -600 });

        Assert.Equal("expired", await LtiBrowser.ErrorAsync(launched, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task A_small_clock_skew_is_allowed_but_a_token_from_the_future_is_not()
    {
        using var browser = lti.Browser();

        var skewed = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { IssuedAtOffsetSeconds = 20 });
        var future = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { IssuedAtOffsetSeconds = 600, ExpiresInSeconds = 900 });

        Assert.Equal(HttpStatusCode.Redirect, skewed.StatusCode);
        Assert.Equal("not_yet_valid", await LtiBrowser.ErrorAsync(future, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task An_id_token_for_another_audience_or_issuer_is_refused()
    {
        using var browser = lti.Browser();

        var audience = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { Audience = "some-other-tool" });
        var issuer = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { Issuer = "https://evil.example" });

        Assert.Equal("wrong_audience", await LtiBrowser.ErrorAsync(audience, HttpStatusCode.Unauthorized));
        Assert.Equal("wrong_issuer", await LtiBrowser.ErrorAsync(issuer, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task A_deployment_that_is_not_registered_is_refused_at_login_and_at_launch()
    {
        using var browser = lti.Browser();

        var login = await browser.LoginAsync("hint-x", deployment: "deployment-unknown");
        var launched = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { DeploymentId = "deployment-unknown" });

        Assert.Equal("unregistered_deployment", await LtiBrowser.ErrorAsync(login, HttpStatusCode.Forbidden));
        Assert.Equal("unregistered_deployment", await LtiBrowser.ErrorAsync(launched, HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task An_unknown_platform_is_refused_at_login()
    {
        using var browser = lti.Browser();

        var login = await browser.Tool.GetAsync("/lti/login?iss=https%3A%2F%2Fnot-registered.example&login_hint=x&target_link_uri=https%3A%2F%2Flocalhost%2Flti%2Flaunch");
        var missing = await browser.Tool.GetAsync("/lti/login?login_hint=x");

        Assert.Equal("unregistered_platform", await LtiBrowser.ErrorAsync(login, HttpStatusCode.BadRequest));
        Assert.Equal("missing_parameter", await LtiBrowser.ErrorAsync(missing, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_wrong_message_type_or_version_is_refused()
    {
        using var browser = lti.Browser();

        var type = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { MessageType = "LtiSubmissionReviewRequest" });
        var version = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { Version = "1.1" });

        Assert.Equal("wrong_message_type", await LtiBrowser.ErrorAsync(type, HttpStatusCode.BadRequest));
        Assert.Equal("wrong_version", await LtiBrowser.ErrorAsync(version, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_target_link_on_a_foreign_host_is_refused_at_login_and_in_the_id_token()
    {
        using var browser = lti.Browser();

        var login = await browser.LoginAsync("hint-y", target: "https://evil.example/phish");
        var sneaky = await browser.LoginAsync("hint-y", target: "https://localhost@evil.example/lti/launch");
        var launched = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { TargetLinkUri = "https://evil.example/lti/launch" });

        Assert.Equal("foreign_target_link_uri", await LtiBrowser.ErrorAsync(login, HttpStatusCode.BadRequest));
        Assert.Equal("foreign_target_link_uri", await LtiBrowser.ErrorAsync(sneaky, HttpStatusCode.BadRequest));
        Assert.Equal("foreign_target_link_uri", await LtiBrowser.ErrorAsync(launched, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_link_naming_no_exercise_or_an_unknown_one_is_refused()
    {
        using var browser = lti.Browser();

        var none = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { Custom = null });
        var unknown = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { Custom = new Dictionary<string, string> { ["exercise"] = "../../etc/passwd" } });

        Assert.Equal("no_target", await LtiBrowser.ErrorAsync(none, HttpStatusCode.BadRequest));
        Assert.Equal("unknown_target", await LtiBrowser.ErrorAsync(unknown, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_launch_post_without_a_token_or_with_garbage_is_an_error_page_not_a_500()
    {
        using var browser = lti.Browser();

        var empty = await browser.Tool.PostAsync("/lti/launch", new FormUrlEncodedContent(new Dictionary<string, string>()));
        var garbage = await browser.Tool.PostAsync("/lti/launch", new FormUrlEncodedContent(new Dictionary<string, string> { ["id_token"] = "not.a.jwt", ["state"] = "s" }));
        var json = await browser.Tool.PostAsync("/lti/launch", new StringContent("{\"id_token\": 1}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal("missing_parameter", await LtiBrowser.ErrorAsync(empty, HttpStatusCode.BadRequest));
        Assert.Equal("malformed_id_token", await LtiBrowser.ErrorAsync(garbage, HttpStatusCode.BadRequest));
        Assert.Equal("missing_parameter", await LtiBrowser.ErrorAsync(json, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task The_error_page_speaks_the_browsers_language_first_and_names_the_reason_in_both()
    {
        using var browser = lti.Browser();
        browser.Tool.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-TW");

        var launched = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { Signing = Signing.OtherKey });

        var html = await launched.Content.ReadAsStringAsync();
        Assert.True(html.IndexOf("lang=\"zh-TW\"", StringComparison.Ordinal) < html.IndexOf("lang=\"en\"", StringComparison.Ordinal));
        Assert.Contains("id_token 的簽章與平台的金鑰不符", html, StringComparison.Ordinal);
        Assert.Contains("signature does not match the platform", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_cannot_use_deep_linking()
    {
        using var browser = lti.Browser();

        var launched = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { MessageType = "LtiDeepLinkingRequest" });

        Assert.Equal("deep_linking_not_allowed", await LtiBrowser.ErrorAsync(launched, HttpStatusCode.Forbidden));
    }
}
