using System.Net;
using System.Net.Http.Json;
using Grader.Api.Assignments;
using Grader.Api.Data;
using Grader.Api.Review;
using Grader.Api.Submissions;

namespace Grader.Api.Tests;

/// <summary>The review workflow on PostgreSQL, through its own migrations: grade layers under concurrency, comments, the gradebook.</summary>
public sealed class PostgresReviewTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task On_postgresql_grade_changes_collide_with_412_private_notes_stay_private_and_the_gradebook_counts_the_final_score()
    {
        await using var api = await GraderApiFactory.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Grader"] = postgres.ConnectionString("grader_review"),
            ["Sandbox:Workers"] = "1",
        });
        var (student, name, _) = await api.NewUserAsync();
        var tas = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => api.NewUserAsync("ta")));
        var ta = tas[0].Client;
        var id = await Assignments.CreateAsync(api.Instructor());
        var submission = await Assignments.SubmitAtAsync(api, student, Submit.HonestCumsum, Assignments.Due.AddHours(-1));
        var (_, etag) = await Reviews.GradeAsync(ta, submission);

        var answers = await Task.WhenAll(tas.Select(t => Reviews.ChangeAsync(t.Client, submission, etag, new { adjustment = -1, reason = "Style." })));
        await ta.PostAsJsonAsync($"/submissions/{submission}/comments", new { line = 2, body = "Good." });
        await ta.PostAsJsonAsync($"/submissions/{submission}/comments", new { body = "Compare with s1002.", @private = true });
        var asStudent = await student.GetFromJsonAsync<SubmissionResponse>($"/submissions/{submission}", Json.Options);
        var book = await Assignments.GradebookAsync(ta, id);
        var csv = await ta.GetStringAsync($"/assignments/{id}/gradebook?format=csv");

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.PreconditionFailed, a.StatusCode));
        Assert.Equal((5, -1, 4), (asStudent!.Grade.Auto!.Value, asStudent.Grade.Adjustment!.Value, asStudent.Grade.Final!.Value));
        Assert.Equal("Good.", Assert.Single(asStudent.Comments).Body);
        Assert.Equal(8m, Assignments.Row(book, name).Total);
        Assert.Contains($"{name},Test {name},8,,8", csv, StringComparison.Ordinal);
        var history = await ta.GetFromJsonAsync<List<AuditEventResponse>>($"/submissions/{submission}/history", Json.Options);
        Assert.Equal(3, history!.Count);
    }

    [Fact]
    public async Task On_postgresql_a_rejudge_is_graded_beside_the_submission_and_applying_it_keeps_the_TAs_layer()
    {
        await using var api = await GraderApiFactory.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Grader"] = postgres.ConnectionString("grader_rejudge"),
            ["Sandbox:Workers"] = "1",
        });
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var misjudged = await Submit.GradedAsync(student, Submit.HonestCumsum);
        await RejudgeCalls.StoreOldResultAsync(api, misjudged.Id, Grader.Exercises.Grading.Verdict.WrongAnswer, 1);
        await Reviews.ChangedAsync(ta, misjudged.Id, new { adjustment = 2, reason = "Right idea." });

        var created = await RejudgeCalls.CreateAsync(ta, new { exerciseId = "cumsum" });
        var done = await RejudgeCalls.DoneAsync(ta, created.Id);
        var before = await student.GetFromJsonAsync<SubmissionResponse>($"/submissions/{misjudged.Id}", Json.Options);
        var applied = await RejudgeCalls.DecideAsync(ta, created.Id, "apply");
        var after = await student.GetFromJsonAsync<SubmissionResponse>($"/submissions/{misjudged.Id}", Json.Options);

        Assert.Equal((1, 1, 1), (done.Progress.Total, done.Progress.Done, done.Changes.Verdicts));
        Assert.Equal((1, 3), (before!.Score!.Value, before.Grade.Final!.Value));
        Assert.Equal(RejudgeState.Applied, applied.State);
        Assert.Equal((5, 2, 5, "Right idea."), (after!.Grade.Auto!.Value, after.Grade.Adjustment!.Value, after.Grade.Final!.Value, after.Grade.Reason));
    }
}
