using System.Net;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.Lti;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Lti;

/// <summary>
/// The score outbox: an LMS that answers 503 is tried again, one that refuses leaves the score failed for an
/// instructor to resend, and scores waiting when the service stops are sent, in order, by the next start.
/// </summary>
public sealed class LtiOutboxTests
{
    [Fact]
    public async Task A_score_the_lms_answers_503_twice_is_sent_on_the_third_try()
    {
        await using var lti = new LtiFixture();
        await lti.InitializeAsync();
        var (subject, _, student) = await LaunchStudentAsync(lti.Api, lti.Platform);
        lti.Platform.FailNextScores = 2;

        await Submit.GradedAsync(student, Submit.HonestCumsum);

        var score = await ArrivedAsync(lti.Platform, subject, 1);
        Assert.Equal(5, score[0].ScoreGiven);
        // The platform stores the score before it answers, so the sender may not have marked the row yet.
        var row = await lti.Api.WithDatabaseAsync(db => db.LtiScores.SingleAsync(s => s.Subject == subject));
        for (var i = 0; i < 100 && row.Status == LtiScoreStatus.Sending; i++)
        {
            await Task.Delay(100);
            row = await lti.Api.WithDatabaseAsync(db => db.LtiScores.AsNoTracking().SingleAsync(s => s.Subject == subject));
        }

        Assert.Equal(LtiScoreStatus.Sent, row.Status);
        Assert.Equal(3, row.Attempts);
        Assert.Equal(3, lti.Platform.ScoreAttempts.Count(a => a.Contains(subject, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_refused_score_is_shown_as_failed_and_an_instructor_resends_it()
    {
        await using var lti = new LtiFixture();
        await lti.InitializeAsync();
        var (subject, _, student) = await LaunchStudentAsync(lti.Api, lti.Platform);
        lti.Platform.RefuseNextScores = 1;

        await Submit.GradedAsync(student, Submit.HonestCumsum);

        var instructor = lti.Api.Instructor();
        ScoreSyncResponse? failed = null;
        for (var i = 0; i < 600 && failed is null; i++)
        {
            await Task.Delay(100);
            failed = (await instructor.GetFromJsonAsync<List<ScoreSyncResponse>>("/lti/score-sync?status=failed", Json.Options))!.FirstOrDefault();
        }

        Assert.NotNull(failed);
        Assert.Contains("400", failed.LastError, StringComparison.Ordinal);
        Assert.Contains("locked", failed.LastError, StringComparison.Ordinal);
        Assert.Empty(lti.Platform.Scores);
        await Problem.AssertAsync(await instructor.GetAsync("/lti/score-sync?status=lost"), HttpStatusCode.BadRequest);

        var resent = await instructor.PostAsync($"/lti/score-sync/{failed.Id}/resend", null);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(5, (await ArrivedAsync(lti.Platform, subject, 1))[0].ScoreGiven);
        await Problem.AssertAsync(await instructor.PostAsync($"/lti/score-sync/{failed.Id}/resend", null), HttpStatusCode.Conflict);
        await Problem.AssertAsync(await instructor.PostAsync("/lti/score-sync/999999/resend", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Scores_waiting_when_the_service_stops_are_sent_in_order_after_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("grader-lti-restart-");
        var database = Path.Combine(folder.FullName, "grader.db");
        GraderApiFactory? current = null;
        await using var platform = await TestPlatform.StartAsync(() => current!.CreateClient().GetStringAsync("/lti/jwks"));
        try
        {
            string subject;
            await using (var first = await GraderApiFactory.StartAsync(database, LtiFixture.FastOutbox))
            {
                current = first;
                await LtiFixture.RegisterAsync(first, platform);
                (subject, _, var student) = await LaunchStudentAsync(first, platform);

                // The LMS is down: both grades wait in the outbox.
                platform.FailNextScores = int.MaxValue;
                await Submit.GradedAsync(student, Submit.KeepdimMissing);
                await Submit.GradedAsync(student, Submit.HonestCumsum);
                // Waiting: pending, or sending at this instant (a sender holds a try of it).
                var waiting = await first.Instructor().GetFromJsonAsync<List<ScoreSyncResponse>>("/lti/score-sync", Json.Options);
                Assert.Equal(2, waiting!.Count);
                Assert.All(waiting, score => Assert.Contains(score.Status, new[] { LtiScoreStatus.Pending, LtiScoreStatus.Sending }));
                for (var i = 0; i < 600 && !platform.ScoreAttempts.Any(); i++)
                {
                    await Task.Delay(100);
                }

                Assert.NotEmpty(platform.ScoreAttempts);
            }

            Assert.Empty(platform.Scores);
            platform.FailNextScores = 0;
            await using var second = await GraderApiFactory.StartAsync(database, LtiFixture.FastOutbox);
            current = second;

            var scores = await ArrivedAsync(platform, subject, 2);
            Assert.Equal([0m, 5m], scores.Select(s => s.ScoreGiven));
            var stamps = scores.Select(s => DateTimeOffset.Parse(s.Timestamp, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.True(stamps[0] < stamps[1], string.Join(", ", stamps));
            Assert.True(await second.WithDatabaseAsync(db => db.LtiScores.AllAsync(s => s.Status == LtiScoreStatus.Sent)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A learner launched into a cumsum link with its own line item, and an API client of theirs.</summary>
    private static async Task<(string Subject, string LineItem, HttpClient Student)> LaunchStudentAsync(GraderApiFactory api, TestPlatform platform)
    {
        var subject = "sub-" + Guid.NewGuid().ToString("N");
        var lineItem = platform.CreateLineItem("Cumulative sums", 5);
        using var browser = new LtiBrowser(api, platform);
        var launched = await browser.LaunchAsync(new LaunchSpec(subject, [LaunchSpec.Learner]) { ResourceLinkId = "link-" + subject, LineItem = lineItem });
        Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        return (subject, lineItem, await browser.ApiClientForAsync((await browser.UserAsync(subject))!.Id));
    }

    private static async Task<List<ReceivedScore>> ArrivedAsync(TestPlatform platform, string subject, int count)
    {
        for (var i = 0; i < 600; i++)
        {
            var scores = platform.Scores.Where(s => s.UserId == subject).ToList();
            if (scores.Count >= count)
            {
                return scores;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The platform did not receive {count} score(s) for {subject} within 60 s.");
        return [];
    }
}

/// <summary>The outbox's claim (SKIP LOCKED, in order per line item and user) and the migration on PostgreSQL.</summary>
public sealed class LtiPostgresTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task On_postgresql_a_launch_is_recorded_and_a_score_the_lms_answers_503_once_arrives()
    {
        var settings = new Dictionary<string, string?>(LtiFixture.FastOutbox)
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Grader"] = postgres.ConnectionString("grader_lti"),
            ["Sandbox:Workers"] = "1",
        };
        await using var api = await GraderApiFactory.StartAsync(settings: settings);
        await using var platform = await TestPlatform.StartAsync(() => api.CreateClient().GetStringAsync("/lti/jwks"));
        await LtiFixture.RegisterAsync(api, platform);
        var subject = "sub-" + Guid.NewGuid().ToString("N");
        var lineItem = platform.CreateLineItem("Cumulative sums", 5);
        using var browser = new LtiBrowser(api, platform);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LaunchAsync(new LaunchSpec(subject, [LaunchSpec.Learner]) { LineItem = lineItem })).StatusCode);
        var replay = await LtiBrowser.PostAsync(browser.Tool, browser.LastForm.Action, browser.LastForm.Fields);
        Assert.Equal("replayed_nonce", await LtiBrowser.ErrorAsync(replay, HttpStatusCode.Unauthorized));
        var student = await browser.ApiClientForAsync((await browser.UserAsync(subject))!.Id);
        platform.FailNextScores = 1;

        await Submit.GradedAsync(student, Submit.KeepdimMissing);
        await Submit.GradedAsync(student, Submit.HonestCumsum);

        for (var i = 0; i < 600 && platform.Scores.Count(s => s.UserId == subject) < 2; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal([0m, 5m], platform.Scores.Where(s => s.UserId == subject).Select(s => s.ScoreGiven));
    }

    [Fact]
    public async Task On_postgresql_two_first_launches_of_a_new_course_and_link_at_once_both_land_and_make_one_line_item()
    {
        var settings = new Dictionary<string, string?>(LtiFixture.FastOutbox)
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Grader"] = postgres.ConnectionString("grader_lti_first_launches"),
            ["Sandbox:Workers"] = "1",
        };
        await using var api = await GraderApiFactory.StartAsync(settings: settings);
        await using var platform = await TestPlatform.StartAsync(() => api.CreateClient().GetStringAsync("/lti/jwks"));
        await LtiFixture.RegisterAsync(api, platform);
        platform.LineItemCreationDelay = TimeSpan.FromSeconds(2);
        using var first = new LtiBrowser(api, platform);
        using var second = new LtiBrowser(api, platform);
        LaunchSpec Student() => new("sub-" + Guid.NewGuid().ToString("N"), [LaunchSpec.Learner]) { ResourceLinkTitle = "Cumulative sums, first launches" };

        var launched = await Task.WhenAll(first.LaunchAsync(Student()), second.LaunchAsync(Student()));

        foreach (var launch in launched)
        {
            Assert.True(launch.StatusCode == HttpStatusCode.Redirect, $"{launch.StatusCode}: {await launch.Content.ReadAsStringAsync()}");
        }

        Assert.Single(platform.LineItems);
    }
}
