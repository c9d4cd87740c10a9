using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Grader.Api.Lti;

namespace Grader.Api.Tests.Lti;

/// <summary>
/// Who deactivated an account decides whether a roster brings it back: the roster re-activates only what the roster
/// deactivated, never an account an instructor deactivated by hand.
/// </summary>
public sealed class LtiRosterDeactivationTests(LtiFixture lti) : IClassFixture<LtiFixture>
{
    [Fact]
    public async Task A_roster_sync_reactivates_who_left_and_came_back_but_not_an_account_deactivated_by_hand()
    {
        var (byHand, leaver) = (Member("by-hand"), Member("leaver"));
        lti.Platform.Members.AddRange([byHand, leaver]);
        using var browser = lti.Browser();
        await browser.LaunchAsync(new LaunchSpec("sub-" + Guid.NewGuid().ToString("N"), [LaunchSpec.Instructor]));
        var handId = await IdAsync(browser, byHand);
        var leaverId = await IdAsync(browser, leaver);
        Assert.True(await ActiveAsync(browser, byHand) && await ActiveAsync(browser, leaver));

        // An instructor deactivates one by hand; the other leaves the course in the LMS.
        var instructor = lti.Api.Instructor();
        Assert.Equal(HttpStatusCode.OK, (await instructor.PatchAsJsonAsync($"/users/{handId}", new { active = false })).StatusCode);
        lti.Platform.Members.Remove(leaver);
        await SyncAsync();
        Assert.False(await ActiveAsync(browser, byHand));
        Assert.False(await ActiveAsync(browser, leaver));

        // The leaver comes back: active again. The one deactivated by hand is listed too, and stays deactivated.
        lti.Platform.Members.Add(leaver);
        var back = await SyncAsync();
        Assert.True(await ActiveAsync(browser, leaver));
        Assert.False(await ActiveAsync(browser, byHand));
        Assert.Equal(2, back.Members);

        // Deactivated by the roster, then by hand as well: the hand decides, and the next roster leaves it alone.
        lti.Platform.Members.Remove(leaver);
        await SyncAsync();
        Assert.Equal(HttpStatusCode.OK, (await instructor.PatchAsJsonAsync($"/users/{leaverId}", new { active = false })).StatusCode);
        lti.Platform.Members.Add(leaver);
        await SyncAsync();
        Assert.False(await ActiveAsync(browser, leaver));

        // Re-activated by hand, it is an ordinary member again.
        Assert.Equal(HttpStatusCode.OK, (await instructor.PatchAsJsonAsync($"/users/{handId}", new { active = true })).StatusCode);
        await SyncAsync();
        Assert.True(await ActiveAsync(browser, byHand));
    }

    private static JsonObject Member(string who) => new()
    {
        ["user_id"] = $"{who}-{Guid.NewGuid():N}",
        ["name"] = who,
        ["status"] = "Active",
        ["roles"] = new JsonArray(LaunchSpec.Learner),
    };

    private static async Task<int> IdAsync(LtiBrowser browser, JsonObject member) =>
        (await browser.UserAsync(member["user_id"]!.GetValue<string>()))!.Id;

    private static async Task<bool> ActiveAsync(LtiBrowser browser, JsonObject member) =>
        (await browser.UserAsync(member["user_id"]!.GetValue<string>()))!.DeactivatedAt is null;

    private async Task<RosterSyncResult> SyncAsync()
    {
        var contexts = await lti.Api.Instructor().GetFromJsonAsync<List<LtiContextResponse>>("/lti/contexts", Json.Options);
        var course = Assert.Single(contexts!, c => c.ContextId == "course-1");
        var synced = await lti.Api.Instructor().PostAsync($"/lti/contexts/{course.Id}/roster-sync", null);
        Assert.Equal(HttpStatusCode.OK, synced.StatusCode);
        return (await synced.Content.ReadFromJsonAsync<RosterSyncResult>(Json.Options))!;
    }
}
