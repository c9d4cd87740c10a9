using Grader.Api.Tests.Pages;
using Microsoft.Playwright;

namespace Grader.Api.Tests.Lti;

/// <summary>
/// A launch in a real browser (Debian's chromium): the platform is served as localhost and the tool as 127.0.0.1, two
/// sites, so the launch is the cross-site form post an LMS makes, and the cookies the tool needs must survive it.
/// </summary>
[Collection(PagesCollection.Name)]
public sealed class LtiBrowserLaunchTests(SharedPagesServer api, Browser browser)
{
    [Fact]
    public async Task A_learner_launched_from_the_lms_lands_on_the_exercise_page_submits_and_the_lms_gets_the_score()
    {
        await using var platform = await TestPlatform.StartAsync(() => api.CreateClient().GetStringAsync("/lti/jwks"));
        await LtiFixture.RegisterAsync(api, platform);
        var lineItem = platform.CreateLineItem("Cumulative sums", 5);
        var subject = "sub-" + Guid.NewGuid().ToString("N");
        var hint = platform.Prepare(new LaunchSpec(subject, [LaunchSpec.Learner]) { Name = "Wang Xiao-Ming", ResourceLinkId = "browser-" + subject, LineItem = lineItem });
        var page = await browser.NewPageAsync(api.Address, locale: "en-US");
        var tool = api.Address.ToString().TrimEnd('/');

        // The LMS's launch link: its login initiation, then the platform's auto-submitted form with the id_token.
        await page.GotoAsync($"{tool}/lti/login?iss={Uri.EscapeDataString(platform.Issuer)}&login_hint={hint}"
            + $"&target_link_uri={Uri.EscapeDataString(tool + "/lti/launch")}&client_id={TestPlatform.ClientId}&lti_deployment_id={TestPlatform.DeploymentId}");

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/app/exercises/cumsum$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Non-reduction sum and cumulative sum" })).ToBeVisibleAsync();
        var userName = await api.WithDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.LtiAccounts.Where(a => a.Subject == subject).Select(a => a.User.UserName)));
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("Signed in as " + userName);
        var editor = page.GetByRole(AriaRole.Textbox, new() { Name = "Code", Exact = true });
        await editor.FillAsync(Submit.HonestCumsum);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        var status = page.GetByRole(AriaRole.Status).First;
        await Assertions.Expect(status).ToContainTextAsync("Accepted", new() { Timeout = 60_000 });

        for (var i = 0; i < 600 && !platform.Scores.Any(s => s.UserId == subject); i++)
        {
            await Task.Delay(100);
        }

        var score = Assert.Single(platform.Scores, s => s.UserId == subject);
        Assert.Equal(5, score.ScoreGiven);
        Assert.Equal("FullyGraded", score.GradingProgress);
    }
}
