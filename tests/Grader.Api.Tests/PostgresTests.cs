using System.Net;
using System.Net.Http.Json;
using Grader.Exercises.Grading;

namespace Grader.Api.Tests;

/// <summary>The production database: the same service on PostgreSQL, through its own migrations.</summary>
public sealed class PostgresTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task On_postgresql_submissions_are_queued_graded_listed_and_survive_a_restart()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Grader"] = postgres.ConnectionString("grader_test"),
            ["Sandbox:Workers"] = "1",
        };
        string token;
        long queuedAtShutdown;
        await using (var first = await GraderApiFactory.StartAsync(settings: settings))
        {
            var (student, _, _) = await first.NewUserAsync();
            token = student.DefaultRequestHeaders.Authorization!.Parameter!;

            var accepted = await Submit.GradedAsync(student, Submit.HonestCumsum);
            var wrong = await Submit.FinalAsync(student, (await Submit.ReadAsync(await Submit.JsonAsync(student, Submit.KeepdimMissing))).Id);
            var broken = await Submit.GradedAsync(student, Submit.MissingSemicolon);

            Assert.Equal((Verdict.Accepted, 5), (accepted.Verdict!.Value, accepted.Score!.Value));
            Assert.Equal(Verdict.WrongAnswer, wrong.Verdict);
            Assert.Equal(3, broken.Diagnostics!.Single(d => d.Severity == "Error").Line);

            // Keep the only worker busy, then leave one submission queued as the service stops.
            await Submit.TextAsync(student, Submit.Endless, wait: 0);
            queuedAtShutdown = (await Submit.ReadAsync(await Submit.TextAsync(student, Submit.HonestCumsum, wait: 0))).Id;
        }

        await using var second = await GraderApiFactory.StartAsync(settings: settings);
        var again = second.ClientWithToken(token);
        var final = await Submit.FinalAsync(again, queuedAtShutdown);
        var page = await again.GetFromJsonAsync<Submissions.SubmissionPage>("/submissions", Json.Options);

        Assert.Equal(Verdict.Accepted, final.Verdict);
        Assert.Equal(5, page!.TotalCount);
        Assert.Equal(queuedAtShutdown, page.Items[0].Id);
        Assert.Equal(HttpStatusCode.OK, (await second.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Input_postgresql_cannot_store_or_count_is_refused_as_400_not_a_500()
    {
        await using var api = await GraderApiFactory.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Grader"] = postgres.ConnectionString("grader_input"),
            ["Sandbox:Workers"] = "1",
        });
        var (student, _, _) = await api.NewUserAsync();

        await Problem.AssertAsync(await Submit.TextAsync(student, "int x = 1;\0"), HttpStatusCode.BadRequest, "NUL");
        await Problem.AssertAsync(await Submit.JsonAsync(student, "int x = 1;\u0000"), HttpStatusCode.BadRequest, "NUL");
        await Problem.AssertAsync(await student.GetAsync("/submissions?exerciseId=a%00b"), HttpStatusCode.BadRequest, "Bad filter");
        await Problem.AssertAsync(await student.GetAsync("/submissions?student=a%00b"), HttpStatusCode.BadRequest, "Bad filter");
        await Problem.AssertAsync(await student.GetAsync("/submissions?page=30000000&pageSize=100"), HttpStatusCode.BadRequest, "Bad paging");
        var user = await api.Instructor().PostAsJsonAsync("/users", new { userName = "nul-name", displayName = "a\u0000b" });
        await Problem.AssertAsync(user, HttpStatusCode.BadRequest);
    }
}
