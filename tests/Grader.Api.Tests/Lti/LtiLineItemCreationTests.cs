using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Lti;

/// <summary>The line item the tool creates through AGS for a link without one: one per link, however launches overlap.</summary>
public sealed class LtiLineItemCreationTests(LtiFixture lti) : IClassFixture<LtiFixture>
{
    [Fact]
    public async Task Two_first_launches_of_a_new_link_at_the_same_moment_create_one_line_item_and_both_use_it()
    {
        // A slow LMS: the first launch is still creating the line item when the second wants one.
        lti.Platform.LineItemCreationDelay = TimeSpan.FromSeconds(2);
        var linkId = "link-" + Guid.NewGuid().ToString("N");
        var title = "Broadcasting " + linkId[^8..];
        using var first = lti.Browser();
        using var second = lti.Browser();
        LaunchSpec Student() => new("sub-" + Guid.NewGuid().ToString("N"), [LaunchSpec.Learner]) { ResourceLinkId = linkId, ResourceLinkTitle = title };
        var (firstStudent, secondStudent) = (Student(), Student());

        var launched = await Task.WhenAll(first.LaunchAsync(firstStudent), second.LaunchAsync(secondStudent));

        Assert.All(launched, l => Assert.Equal(HttpStatusCode.Redirect, l.StatusCode));
        var item = Assert.Single(lti.Platform.LineItems, l => l.Label == title);
        var link = await lti.Api.WithDatabaseAsync(db => db.LtiResourceLinks.SingleAsync(l => l.ResourceLinkId == linkId));
        Assert.Equal($"{lti.Platform.LineItemsUrl}/{item.Id}", link.LineItemUrl);

        // A score of the student whose launch waited goes to that line item, and no other is made.
        var student = await second.ApiClientForAsync((await second.UserAsync(secondStudent.Subject))!.Id);
        await Submit.GradedAsync(student, Submit.HonestCumsum);
        for (var i = 0; i < 600 && !lti.Platform.Scores.Any(s => s.UserId == secondStudent.Subject); i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(item.Id, Assert.Single(lti.Platform.Scores, s => s.UserId == secondStudent.Subject).LineItemId);
        Assert.Single(lti.Platform.LineItems, l => l.Label == title);
    }
}
