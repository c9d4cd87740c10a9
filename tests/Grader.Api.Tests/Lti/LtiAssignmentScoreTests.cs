using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Lti;

/// <summary>
/// Grade passback of an assignment's line item when no grade changes but the counted total does: an extension moves a
/// student's deadline, a pin chooses the submission that counts.
/// </summary>
public sealed class LtiAssignmentScoreTests(LtiFixture lti) : IClassFixture<LtiFixture>
{
    [Fact]
    public async Task An_extension_and_a_pin_send_the_students_new_assignment_total_to_the_lms()
    {
        var instructor = lti.Api.Instructor();
        var assignment = await Assignments.CreateAsync(instructor); // due in the past, two late days at 50%
        var lineItem = lti.Platform.CreateLineItem("Homework: reductions", 15);
        var subject = "sub-" + Guid.NewGuid().ToString("N");
        using var browser = lti.Browser();
        var launched = await browser.LaunchAsync(new LaunchSpec(subject, [LaunchSpec.Learner])
        {
            ResourceLinkId = "link-" + subject,
            LineItem = lineItem,
            Custom = new Dictionary<string, string> { ["assignment"] = assignment },
        });
        Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        var userId = (await browser.UserAsync(subject))!.Id;
        var student = await browser.ApiClientForAsync(userId);

        // A full-marks cumsum, a day after the due date: late, worth half of its 10 points. Nothing was sent: it was
        // graded at a time too late to count, then moved there.
        var honest = await Assignments.SubmitAtAsync(lti.Api, student, Submit.HonestCumsum, Assignments.Due.AddDays(1));
        Assert.Equal(5, await TotalAsync(assignment, userId));
        Assert.Empty(await lti.Api.WithDatabaseAsync(db => db.LtiScores.Where(s => s.UserId == userId).ToListAsync()));

        // An extension of two days makes it on time: the LMS receives the full 10.
        var extended = await instructor.PutAsJsonAsync($"/assignments/{assignment}/extensions/{userId}",
            new { dueAt = Assignments.Due.AddDays(2), reason = "Hospital visit." });
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Equal((10m, 15m), Last(await ScoresAsync(subject, lineItem, s => s.ScoreGiven == 10)));

        // A later, wrong submission, pinned as the one that counts: the LMS receives the lower total.
        var wrong = await Assignments.SubmitAtAsync(lti.Api, student, Submit.KeepdimMissing, Assignments.Due.AddDays(1.5));
        var pinned = await instructor.PutAsJsonAsync($"/assignments/{assignment}/pins/{userId}/cumsum", new { submissionId = wrong, reason = "Counted as agreed with the student." });
        Assert.Equal(HttpStatusCode.OK, pinned.StatusCode);
        var lower = await TotalAsync(assignment, userId);
        Assert.True(lower < 10, $"The wrong submission counts {lower}.");
        Assert.Equal((lower, 15m), Last(await ScoresAsync(subject, lineItem, s => s.ScoreGiven == lower)));

        // The pin removed: last counts again (the wrong one, also on time), so nothing changes; pinning the honest one
        // brings the 10 back.
        var unpinned = await instructor.PutAsJsonAsync($"/assignments/{assignment}/pins/{userId}/cumsum", new { submissionId = (long?)null, reason = "Reconsidered." });
        Assert.Equal(HttpStatusCode.OK, unpinned.StatusCode);
        var repinned = await instructor.PutAsJsonAsync($"/assignments/{assignment}/pins/{userId}/cumsum", new { submissionId = honest, reason = "The first one counts after all." });
        Assert.Equal(HttpStatusCode.OK, repinned.StatusCode);
        var scores = await ScoresAsync(subject, lineItem, s => s.ScoreGiven == 10, after: 2);
        Assert.Equal((10m, 15m), Last(scores));
        Assert.Equal([10m, lower, 10m], scores.Select(s => s.ScoreGiven).TakeLast(3));
    }

    private async Task<decimal> TotalAsync(string assignment, int userId) =>
        (await Assignments.GradebookAsync(lti.Api.Instructor(), assignment)).Rows.Single(r => r.Student.Id == userId).Total;

    private static (decimal Given, decimal Maximum) Last(List<ReceivedScore> scores) => (scores[^1].ScoreGiven, scores[^1].ScoreMaximum);

    /// <summary>
    /// The scores the platform accepted for this student and line item, once one after the first <paramref name="after"/>
    /// matches <paramref name="until"/> (without one: as they are now).
    /// </summary>
    private async Task<List<ReceivedScore>> ScoresAsync(string subject, string lineItem, Func<ReceivedScore, bool>? until = null, int after = 0)
    {
        var lineItemId = int.Parse(lineItem[(lineItem.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        List<ReceivedScore> Now() => [.. lti.Platform.Scores.Where(s => s.UserId == subject && s.LineItemId == lineItemId)];
        for (var i = 0; until is not null && i < 600; i++)
        {
            if (Now().Skip(after).Any(until))
            {
                return Now();
            }

            await Task.Delay(100);
        }

        if (until is not null)
        {
            var outbox = await lti.Api.Instructor().GetStringAsync("/lti/score-sync");
            Assert.Fail($"The platform did not receive the expected score for {subject} within 60 s: {string.Join(", ", Now())}. Outbox: {outbox}");
        }

        return Now();
    }
}
