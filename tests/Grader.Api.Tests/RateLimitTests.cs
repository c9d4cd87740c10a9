using System.Net;

namespace Grader.Api.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task A_student_over_the_submission_rate_gets_429_with_retry_after_while_others_can_still_submit()
    {
        await using var api = await GraderApiFactory.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Sandbox:Workers"] = "1",
            ["RateLimit:SubmissionBurst"] = "2",
            ["RateLimit:SubmissionsPerMinute"] = "1",
        });
        var (eager, _, _) = await api.NewUserAsync();
        var (other, _, _) = await api.NewUserAsync();

        var first = await Submit.TextAsync(eager, Submit.HonestCumsum, wait: 0);
        var second = await Submit.TextAsync(eager, Submit.HonestCumsum, wait: 0);
        var third = await Submit.TextAsync(eager, Submit.HonestCumsum, wait: 0);
        var others = await Submit.TextAsync(other, Submit.HonestCumsum, wait: 0);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        var detail = await Problem.AssertAsync(third, HttpStatusCode.TooManyRequests, "Too many submissions");
        Assert.Contains("2 times in a row", detail);
        Assert.True(third.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Accepted, others.StatusCode);
    }
}
