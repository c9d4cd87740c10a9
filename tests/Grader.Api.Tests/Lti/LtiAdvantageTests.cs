using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grader.Api.Data;
using Grader.Api.Lti;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Lti;

/// <summary>
/// LTI Advantage against the test platform: the platform's key rotation, deep linking, grade passback of every change
/// of a counted score, line items the tool creates, the roster, the tool's keys and configuration, and who may
/// register a platform.
/// </summary>
public sealed class LtiAdvantageTests(LtiFixture lti) : IClassFixture<LtiFixture>
{
    private static string NewSubject() => "sub-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task An_unknown_kid_is_refused_until_the_platform_publishes_it_and_then_one_refetch_finds_it()
    {
        using var browser = lti.Browser();
        var unknown = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]) { Kid = "never-published" });
        Assert.Equal("unknown_kid", await LtiBrowser.ErrorAsync(unknown, HttpStatusCode.Unauthorized));

        // The platform rotates its key: the tool's cached JWKS lacks the new kid, fetches it again, and the launch passes.
        lti.Platform.RotateKey();
        var rotated = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Learner]));

        Assert.Equal(HttpStatusCode.Redirect, rotated.StatusCode);
    }

    [Fact]
    public async Task Deep_linking_opens_a_picker_and_answers_the_platform_with_a_signed_resource_link_and_line_item()
    {
        using var browser = lti.Browser();
        var picker = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Instructor]) { MessageType = "LtiDeepLinkingRequest" });
        Assert.Equal(HttpStatusCode.OK, picker.StatusCode);
        var html = await picker.Content.ReadAsStringAsync();
        Assert.Contains("value=\"exercise:cumsum\"", html, StringComparison.Ordinal);
        Assert.Contains("linear-algebra", html, StringComparison.Ordinal);
        var action = System.Text.RegularExpressions.Regex.Match(html, "action=\"([^\"]+)\"").Groups[1].Value;

        var answer = await LtiBrowser.PostAsync(browser.Tool, action, new() { ["choice"] = "exercise:cumsum" });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var form = LtiBrowser.ParseForm(await answer.Content.ReadAsStringAsync());
        Assert.Equal(lti.Platform.DeepLinkReturnUrl, form.Action);

        // The platform verifies the response against the tool's JWKS (aud = its issuer) and reads the item.
        using var lms = new HttpClient();
        var returned = await lms.PostAsync(form.Action, new FormUrlEncodedContent(form.Fields));
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var item = Assert.Single(lti.Platform.DeepLinkItems.Last())!;
        Assert.Equal("ltiResourceLink", item["type"]!.GetValue<string>());
        Assert.Equal("cumsum", item["custom"]!["exercise"]!.GetValue<string>());
        Assert.Equal(LtiBrowser.ToolBase + "/lti/launch", item["url"]!.GetValue<string>());
        Assert.Equal(5, item["lineItem"]!["scoreMaximum"]!.GetValue<int>());
        Assert.Equal("exercise:cumsum", item["lineItem"]!["resourceId"]!.GetValue<string>());

        // The choice is spent: posting it again (or from another browser) is refused.
        var again = await LtiBrowser.PostAsync(browser.Tool, action, new() { ["choice"] = "exercise:cumsum" });
        Assert.Equal("unknown_deep_link", await LtiBrowser.ErrorAsync(again, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_deep_linking_choice_from_another_browser_or_of_nothing_is_refused()
    {
        using var browser = lti.Browser();
        using var other = lti.Browser();
        var picker = await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Instructor]) { MessageType = "LtiDeepLinkingRequest" });
        var action = System.Text.RegularExpressions.Regex.Match(await picker.Content.ReadAsStringAsync(), "action=\"([^\"]+)\"").Groups[1].Value;

        var stolen = await LtiBrowser.PostAsync(other.Tool, action, new() { ["choice"] = "exercise:cumsum" });
        var nothing = await LtiBrowser.PostAsync(browser.Tool, action, new() { ["choice"] = "exercise:no-such-thing" });

        Assert.Equal("unknown_deep_link", await LtiBrowser.ErrorAsync(stolen, HttpStatusCode.BadRequest));
        Assert.Equal("bad_choice", await LtiBrowser.ErrorAsync(nothing, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_launched_students_grade_arrives_at_the_line_item_and_each_later_change_follows_in_order()
    {
        var lineItem = lti.Platform.CreateLineItem("Cumulative sums", 5);
        using var browser = lti.Browser();
        var subject = NewSubject();
        var linkId = "link-" + subject;
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LaunchAsync(new LaunchSpec(subject, [LaunchSpec.Learner]) { ResourceLinkId = linkId, LineItem = lineItem })).StatusCode);
        var student = await browser.ApiClientForAsync((await browser.UserAsync(subject))!.Id);

        var wrong = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var first = await ScoresForAsync(subject, lineItem, 1);
        Assert.True(wrong.Score!.Value == first[0].ScoreGiven, JsonSerializer.Serialize(first[0]));
        Assert.Equal(5, first[0].ScoreMaximum);
        Assert.Equal("FullyGraded", first[0].GradingProgress);
        Assert.Equal("Completed", first[0].ActivityProgress);
        Assert.Contains("wrong_answer", first[0].Comment, StringComparison.Ordinal);

        // Accepted: the best score rises.
        await Submit.GradedAsync(student, Submit.HonestCumsum);
        var second = await ScoresForAsync(subject, lineItem, 2);
        Assert.Equal(5, second[1].ScoreGiven);
        Assert.Contains("accepted", second[1].Comment, StringComparison.Ordinal);

        // A TA's override of the best submission lowers it; the LMS gets that too, with a later timestamp.
        var ta = (await lti.Api.NewUserAsync("ta")).Client;
        var best = (await student.GetFromJsonAsync<JsonElement>("/submissions?exerciseId=cumsum", Json.Options)).GetProperty("items")
            .EnumerateArray().First(s => s.GetProperty("verdict").GetString() == "accepted").GetProperty("id").GetInt64();
        var grade = await ta.GetAsync($"/submissions/{best}/grade");
        using var change = new HttpRequestMessage(HttpMethod.Put, $"/submissions/{best}/grade")
        {
            Content = JsonContent.Create(new { @override = 3, reason = "Copied from the lecture notes." }),
        };
        change.Headers.IfMatch.Add(grade.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await ta.SendAsync(change)).StatusCode);
        var third = await ScoresForAsync(subject, lineItem, 3);
        Assert.Equal(3, third[2].ScoreGiven);
        Assert.Contains("Copied from the lecture notes.", third[2].Comment, StringComparison.Ordinal);
        var stamps = third.Select(s => DateTimeOffset.Parse(s.Timestamp, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(stamps[0] < stamps[1] && stamps[1] < stamps[2], string.Join(", ", stamps));

        // A submission that does not change the best score sends nothing new.
        await Submit.GradedAsync(student, Submit.MissingSemicolon);
        await Task.Delay(1000);
        Assert.Equal(3, (await ScoresForAsync(subject, lineItem, 3)).Count);
    }

    [Fact]
    public async Task An_applied_rejudge_feeds_the_outbox_in_the_same_transaction()
    {
        var lineItem = lti.Platform.CreateLineItem("Cumulative sums (rejudged)", 5);
        using var browser = lti.Browser();
        var subject = NewSubject();
        await browser.LaunchAsync(new LaunchSpec(subject, [LaunchSpec.Learner]) { ResourceLinkId = "link-" + subject, LineItem = lineItem });
        var userId = (await browser.UserAsync(subject))!.Id;
        var student = await browser.ApiClientForAsync(userId);
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);
        await ScoresForAsync(subject, lineItem, 1);

        // Pretend an older catalog scored it 2 (and the LMS was told so); a rejudge with the current reference restores 5.
        await lti.Api.WithDatabaseAsync(async db =>
        {
            await db.Submissions.Where(s => s.Id == submission.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Score, 2));
            await ScoreOutbox.EnqueueAsync(db, userId, "cumsum", submission.Id, DateTime.UtcNow, CancellationToken.None);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(2, (await ScoresForAsync(subject, lineItem, 2))[1].ScoreGiven);
        var staff = lti.Api.Instructor();
        var rejudge = await staff.PostAsJsonAsync("/rejudges", new { exerciseId = "cumsum", submissionIds = new[] { submission.Id }, reason = "LTI test" });
        Assert.Equal(HttpStatusCode.Created, rejudge.StatusCode);
        var location = rejudge.Headers.Location!.ToString();
        for (var i = 0; i < 300 && (await staff.GetFromJsonAsync<JsonElement>(location)).GetProperty("progress").GetProperty("done").GetInt32() < 1; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync(location + "/apply", null)).StatusCode);

        var rows = await lti.Api.WithDatabaseAsync(db => db.LtiScores.Where(s => s.UserId == userId && s.ResourceLink.LineItemUrl == lineItem).OrderBy(s => s.Id).ToListAsync());
        Assert.Equal(3, rows.Count);
        Assert.Equal(5, rows[2].ScoreGiven);
        Assert.Null(rows[2].SubmissionId);
        Assert.Equal(5, (await ScoresForAsync(subject, lineItem, 3))[2].ScoreGiven);
    }

    [Fact]
    public async Task The_tool_creates_a_line_item_through_ags_for_a_link_without_one()
    {
        using var browser = lti.Browser();
        var subject = NewSubject();
        var linkId = "link-created-" + subject;

        await browser.LaunchAsync(new LaunchSpec(subject, [LaunchSpec.Learner]) { ResourceLinkId = linkId, ResourceLinkTitle = "Gradient descent (made by the tool)" });

        var item = Assert.Single(lti.Platform.LineItems, l => l.Label == "Gradient descent (made by the tool)");
        Assert.Equal("exercise:cumsum", item.ResourceId);
        var link = await lti.Api.WithDatabaseAsync(db => db.LtiResourceLinks.SingleAsync(l => l.ResourceLinkId == linkId));
        Assert.Equal($"{lti.Platform.LineItemsUrl}/{item.Id}", link.LineItemUrl);
        Assert.Contains(lti.Platform.TokenScopes, s => s.Contains("lti-ags/scope/lineitem", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_instructors_launch_syncs_the_roster_page_by_page_and_members_who_left_become_inactive()
    {
        lti.Platform.Members.Clear();
        var members = Enumerable.Range(1, 5).Select(i => new System.Text.Json.Nodes.JsonObject
        {
            ["user_id"] = $"roster-{i}-{Guid.NewGuid():N}",
            ["name"] = $"Member {i}",
            ["status"] = "Active",
            ["roles"] = new System.Text.Json.Nodes.JsonArray(i == 5 ? LaunchSpec.TeachingAssistant : LaunchSpec.Learner),
        }).ToList();
        lti.Platform.Members.AddRange(members);
        using var browser = lti.Browser();

        await browser.LaunchAsync(new LaunchSpec(NewSubject(), [LaunchSpec.Instructor]));

        foreach (var member in members)
        {
            var user = await browser.UserAsync(member["user_id"]!.GetValue<string>());
            Assert.NotNull(user);
            Assert.Equal(member["name"]!.GetValue<string>(), user.DisplayName);
        }

        Assert.Equal(Role.TA, (await browser.UserAsync(members[4]["user_id"]!.GetValue<string>()))!.Role);

        // Member 2 leaves the course; an instructor syncs on demand.
        lti.Platform.Members.RemoveAt(1);
        var contexts = await lti.Api.Instructor().GetFromJsonAsync<List<LtiContextResponse>>("/lti/contexts", Json.Options);
        var course = Assert.Single(contexts!, c => c.ContextId == "course-1");
        var synced = await lti.Api.Instructor().PostAsync($"/lti/contexts/{course.Id}/roster-sync", null);
        Assert.Equal(HttpStatusCode.OK, synced.StatusCode);
        var result = (await synced.Content.ReadFromJsonAsync<RosterSyncResult>(Json.Options))!;
        Assert.Equal(4, result.Members);
        Assert.True(result.Left >= 1);

        var left = (await browser.UserAsync(members[1]["user_id"]!.GetValue<string>()))!;
        Assert.NotNull(left.DeactivatedAt);
        var stays = (await browser.UserAsync(members[0]["user_id"]!.GetValue<string>()))!;
        Assert.Null(stays.DeactivatedAt);
        Assert.True(await lti.Api.WithDatabaseAsync(db => db.LtiMemberships.AnyAsync(m => m.UserId == left.Id && !m.Active)));
    }

    [Fact]
    public async Task Only_instructors_register_platforms_and_sync_or_read_the_outbox()
    {
        var student = (await lti.Api.NewUserAsync("student")).Client;
        var ta = (await lti.Api.NewUserAsync("ta")).Client;

        foreach (var client in new[] { student, ta })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/lti/platforms", lti.Platform.Registration("Evil"))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/lti/platforms")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/lti/score-sync")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/lti/keys/rotate", null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await lti.Api.CreateClient().PostAsJsonAsync("/lti/platforms", lti.Platform.Registration("Evil"))).StatusCode);
    }

    [Fact]
    public async Task A_platform_registration_is_validated_unique_by_issuer_and_client_id_and_can_be_changed_and_removed()
    {
        var instructor = lti.Api.Instructor();
        var duplicate = await instructor.PostAsJsonAsync("/lti/platforms", lti.Platform.Registration("Again"));
        await Problem.AssertAsync(duplicate, HttpStatusCode.Conflict);
        var badUrl = await instructor.PostAsJsonAsync("/lti/platforms", new
        {
            name = "Bad", issuer = "https://canvas.instructure.com", clientId = "1", deploymentIds = new[] { "d" },
            authorizationEndpoint = "javascript:alert(1)", tokenEndpoint = "https://x/token", jwksUri = "https://x/jwks",
        });
        Assert.Contains("authorizationEndpoint", await Problem.AssertAsync(badUrl, HttpStatusCode.BadRequest), StringComparison.Ordinal);

        // Canvas: one issuer, several client ids.
        var canvas = new
        {
            name = "Canvas", issuer = "https://canvas.instructure.com", clientId = "10000000000001", deploymentIds = new[] { "1:abc" },
            authorizationEndpoint = "https://sso.canvaslms.com/api/lti/authorize_redirect", tokenEndpoint = "https://sso.canvaslms.com/login/oauth2/token",
            jwksUri = "https://sso.canvaslms.com/api/lti/security/jwks",
        };
        var created = await instructor.PostAsJsonAsync("/lti/platforms", canvas);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await instructor.PostAsJsonAsync("/lti/platforms", canvas with { clientId = "10000000000002" })).StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<PlatformResponse>(Json.Options))!.Id;

        var updated = await instructor.PutAsJsonAsync($"/lti/platforms/{id}", canvas with { deploymentIds = new[] { "1:abc", "2:def" } });
        Assert.Equal(["1:abc", "2:def"], (await updated.Content.ReadFromJsonAsync<PlatformResponse>(Json.Options))!.DeploymentIds);
        Assert.Equal(HttpStatusCode.NoContent, (await instructor.DeleteAsync($"/lti/platforms/{id}")).StatusCode);
        await Problem.AssertAsync(await instructor.GetAsync($"/lti/platforms/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_tools_jwks_publishes_a_stored_key_and_a_rotated_out_key_stays_published()
    {
        var before = await lti.Api.CreateClient().GetFromJsonAsync<JsonElement>("/lti/jwks");
        var oldKid = before.GetProperty("keys")[0].GetProperty("kid").GetString();
        Assert.Equal("RS256", before.GetProperty("keys")[0].GetProperty("alg").GetString());
        Assert.False(before.GetProperty("keys")[0].TryGetProperty("d", out _));

        var rotated = await lti.Api.Instructor().PostAsync("/lti/keys/rotate", null);
        var newKid = (await rotated.Content.ReadFromJsonAsync<KeyRotationResponse>(Json.Options))!.Kid;
        var after = await lti.Api.CreateClient().GetFromJsonAsync<JsonElement>("/lti/jwks");
        var kids = after.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();

        Assert.Contains(oldKid, kids);
        Assert.Equal(newKid, kids[0]);
    }

    [Fact]
    public async Task The_configuration_names_the_login_launch_jwks_and_deep_linking_urls()
    {
        var config = await lti.Api.CreateClient(new() { BaseAddress = new Uri("https://grader.test") }).GetFromJsonAsync<JsonElement>("/lti/config");

        Assert.Equal("https://grader.test/lti/login", config.GetProperty("initiate_login_uri").GetString());
        Assert.Equal("https://grader.test/lti/launch", config.GetProperty("redirect_uris")[0].GetString());
        Assert.Equal("https://grader.test/lti/jwks", config.GetProperty("jwks_uri").GetString());
        var tool = config.GetProperty("https://purl.imsglobal.org/spec/lti-tool-configuration");
        Assert.Contains(tool.GetProperty("messages").EnumerateArray(), m => m.GetProperty("type").GetString() == "LtiDeepLinkingRequest");
    }

    /// <summary>Waits until the platform holds this many scores for the subject on this line item; returns them in arrival order.</summary>
    private async Task<List<ReceivedScore>> ScoresForAsync(string subject, string lineItem, int count)
    {
        var lineItemId = int.Parse(lineItem[(lineItem.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 600; i++)
        {
            var scores = lti.Platform.Scores.Where(s => s.UserId == subject && s.LineItemId == lineItemId).ToList();
            if (scores.Count >= count)
            {
                return scores;
            }

            await Task.Delay(100);
        }

        var outbox = await lti.Api.Instructor().GetStringAsync("/lti/score-sync");
        Assert.Fail($"The platform did not receive {count} score(s) for {subject} within 60 s. Outbox: {outbox}");
        return [];
    }
}
