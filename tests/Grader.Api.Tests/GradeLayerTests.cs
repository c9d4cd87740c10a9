using System.Net;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.Review;
using Grader.Api.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests;

/// <summary>A TA's adjustment or override on top of the autograder's score, under optimistic concurrency, each change audited.</summary>
[Collection(ApiCollection.Name)]
public sealed class GradeLayerTests(SharedApi api)
{
    [Fact]
    public async Task A_TA_adjusts_overrides_and_clears_a_grade_and_each_layer_and_the_final_score_show_everywhere()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);

        var adjusted = await Reviews.ChangedAsync(ta, submission.Id, new { adjustment = -2, reason = "Shape hard-coded on line 3." });
        var overridden = await Reviews.ChangedAsync(ta, submission.Id, new { @override = 1, reason = "Copied from the notes." });
        var asStudent = await student.GetFromJsonAsync<SubmissionResponse>($"/submissions/{submission.Id}", Json.Options);
        var raised = await Reviews.ChangedAsync(ta, submission.Id, new { adjustment = 3, reason = "Generous." });
        var cleared = await Reviews.ChangedAsync(ta, submission.Id, new { reason = "Back to the autograder's score." });

        Assert.Equal((5, -2, null, 3, 5), (adjusted.Auto!.Value, adjusted.Adjustment!.Value, adjusted.Override, adjusted.Final!.Value, adjusted.MaxScore!.Value));
        Assert.Equal((5, null, 1, 1), (overridden.Auto!.Value, overridden.Adjustment, overridden.Override!.Value, overridden.Final!.Value));
        Assert.Equal((1, 1, "Copied from the notes."), (asStudent!.Grade.Override!.Value, asStudent.Grade.Final!.Value, asStudent.Grade.Reason));
        Assert.Equal(5, asStudent.Score); // the autograder's own score stays what it was
        Assert.Equal(5, raised.Final); // 5 + 3 is clamped to the maximum
        Assert.Equal((null, null, 5, 4), (cleared.Adjustment, cleared.Override, cleared.Final!.Value, cleared.Version));
        var history = await ta.GetFromJsonAsync<List<AuditEventResponse>>($"/submissions/{submission.Id}/history", Json.Options);
        Assert.Equal(4, history!.Count);
        Assert.All(history, e => Assert.Equal(AuditKind.GradeChanged, e.Kind));
        Assert.Equal(5, history[0].Before!.Value.GetProperty("final").GetInt32());
        Assert.Equal(3, history[0].After!.Value.GetProperty("final").GetInt32());
        Assert.Equal(-2, history[0].After!.Value.GetProperty("adjustment").GetInt32());
        Assert.Equal("Copied from the notes.", history[1].Reason);
        Assert.Equal(1, history[2].Before!.Value.GetProperty("override").GetInt32());
    }

    [Fact]
    public async Task A_grade_change_without_If_Match_is_428_and_with_a_stale_ETag_412_so_two_TAs_never_overwrite_each_other()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (first, _, _) = await api.NewUserAsync("ta");
        var (second, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var read = await first.GetAsync($"/submissions/{submission.Id}");
        var etag = read.Headers.ETag!.ToString();
        var (_, sameEtag) = await Reviews.GradeAsync(second, submission.Id);

        var missing = await Reviews.ChangeAsync(first, submission.Id, null, new { adjustment = -1, reason = "x" });
        var any = await Reviews.ChangeAsync(first, submission.Id, "*", new { adjustment = -1, reason = "x" });
        var weak = await Reviews.ChangeAsync(first, submission.Id, "W/" + etag, new { adjustment = -1, reason = "x" });
        var firstWins = await Reviews.ChangeAsync(first, submission.Id, etag, new { adjustment = -1, reason = "Missing keepdim in the explanation." });
        var secondLoses = await Reviews.ChangeAsync(second, submission.Id, sameEtag, new { @override = 0, reason = "Plagiarism." });

        Assert.Equal(etag, sameEtag);
        await Problem.AssertAsync(missing, HttpStatusCode.PreconditionRequired, "If-Match");
        await Problem.AssertAsync(any, HttpStatusCode.PreconditionRequired, "If-Match");
        await Problem.AssertAsync(weak, HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.OK, firstWins.StatusCode);
        Assert.NotEqual(etag, firstWins.Headers.ETag!.ToString());
        await Problem.AssertAsync(secondLoses, HttpStatusCode.PreconditionFailed, "changed meanwhile");
        var (grade, _) = await Reviews.GradeAsync(second, submission.Id);
        Assert.Equal((-1, null, 4), (grade.Adjustment!.Value, grade.Override, grade.Final!.Value));
    }

    [Fact]
    public async Task Of_TAs_changing_one_grade_at_the_same_moment_with_the_same_ETag_exactly_one_succeeds()
    {
        var (student, _, _) = await api.NewUserAsync();
        var tas = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => api.NewUserAsync("ta")));
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var (_, etag) = await Reviews.GradeAsync(tas[0].Client, submission.Id);

        var answers = await Task.WhenAll(tas.Select((ta, i) => Reviews.ChangeAsync(ta.Client, submission.Id, etag, new { adjustment = -(i + 1), reason = $"TA {i}" })));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.PreconditionFailed, a.StatusCode));
        var history = await tas[0].Client.GetFromJsonAsync<List<AuditEventResponse>>($"/submissions/{submission.Id}/history", Json.Options);
        Assert.Single(history!);
    }

    [Fact]
    public async Task A_student_cannot_change_a_grade_even_their_own()
    {
        var (student, _, _) = await api.NewUserAsync();
        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var (grade, etag) = await Reviews.GradeAsync(student, submission.Id);

        var response = await Reviews.ChangeAsync(student, submission.Id, etag, new { @override = 5, reason = "I deserve it." });

        await Problem.AssertAsync(response, HttpStatusCode.Forbidden);
        var (after, _) = await Reviews.GradeAsync(student, submission.Id);
        Assert.Equal(grade, after);
        Assert.Null(after.Override);
    }

    [Theory]
    [InlineData("{\"adjustment\": -1, \"override\": 3, \"reason\": \"both\"}", "not both")]
    [InlineData("{\"override\": 6, \"reason\": \"too much\"}", "from 0 to 5")]
    [InlineData("{\"override\": -1, \"reason\": \"too little\"}", "from 0 to 5")]
    [InlineData("{\"adjustment\": 0, \"reason\": \"nothing\"}", "not 0")]
    [InlineData("{\"adjustment\": -9, \"reason\": \"too much\"}", "from -5 to 5")]
    [InlineData("{\"adjustment\": -1, \"reason\": \"   \"}", "")]
    public async Task A_grade_change_out_of_range_or_without_a_reason_is_400_and_changes_nothing(string body, string expected)
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var (_, etag) = await Reviews.GradeAsync(ta, submission.Id);
        var request = new HttpRequestMessage(HttpMethod.Put, $"/submissions/{submission.Id}/grade")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        var detail = await Problem.AssertAsync(await ta.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Contains(expected, detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, (await Reviews.GradeAsync(ta, submission.Id)).Grade.Version);
    }

    [Fact]
    public async Task A_new_autograder_score_replaces_only_the_autograder_layer_and_the_TAs_adjustment_stays()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);
        await Reviews.ChangedAsync(ta, submission.Id, new { adjustment = -1, reason = "Style." });
        var (_, before) = await Reviews.GradeAsync(ta, submission.Id);

        // What a rejudge's grading run writes: the autograder's columns only.
        await api.WithDatabaseAsync(db => db.Submissions.Where(s => s.Id == submission.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Score, 3)));

        var (grade, after) = await Reviews.GradeAsync(ta, submission.Id);
        Assert.Equal((3, -1, 2, "Style."), (grade.Auto!.Value, grade.Adjustment!.Value, grade.Final!.Value, grade.Reason));
        Assert.NotEqual(before, after);

        // A TA who read the old autograder score decides again before changing the grade.
        var stale = await Reviews.ChangeAsync(ta, submission.Id, before, new { adjustment = -2, reason = "Read before the rejudge." });
        await Problem.AssertAsync(stale, HttpStatusCode.PreconditionFailed, "changed meanwhile");
    }

    [Fact]
    public async Task A_grade_changes_only_once_the_autograder_has_scored_the_submission()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);

        // As while a grader runs it: claimed, with a lease no grader will let run out during the test.
        await api.WithDatabaseAsync(db => db.Submissions.Where(s => s.Id == submission.Id).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Status, SubmissionStatus.Running).SetProperty(s => s.LeaseExpiresAt, DateTime.UtcNow.AddHours(1))));
        try
        {
            var (_, etag) = await Reviews.GradeAsync(ta, submission.Id);
            var response = await Reviews.ChangeAsync(ta, submission.Id, etag, new { @override = 5, reason = "Too early." });

            await Problem.AssertAsync(response, HttpStatusCode.Conflict, "Not graded yet");
        }
        finally
        {
            await api.WithDatabaseAsync(db => db.Submissions.Where(s => s.Id == submission.Id).ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Status, SubmissionStatus.Completed).SetProperty(s => s.LeaseExpiresAt, (DateTime?)null)));
        }
    }

    [Fact]
    public async Task Audit_events_are_append_only_in_the_database()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);
        await Reviews.ChangedAsync(ta, submission.Id, new { @override = 2, reason = "Late by agreement." });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => api.WithDatabaseAsync(async db =>
        {
            var audit = await db.AuditEvents.FirstAsync(a => a.SubmissionId == submission.Id);
            audit.Reason = "rewritten";
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instructors_read_the_audit_trail_by_student_and_exercise_and_nobody_else_may()
    {
        var (student, _, studentId) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);
        await Reviews.ChangedAsync(ta, submission.Id, new { adjustment = -1, reason = "Style." });
        await ta.PostAsJsonAsync($"/submissions/{submission.Id}/comments", new { body = "Name your variables.", @private = true });

        var page = await api.Instructor().GetFromJsonAsync<AuditPage>($"/audit?userId={studentId}&exerciseId=cumsum&pageSize=10", Json.Options);

        Assert.Equal(2, page!.TotalCount);
        Assert.Equal(new[] { AuditKind.CommentAdded, AuditKind.GradeChanged }, page.Items.Select(i => i.Kind));
        Assert.All(page.Items, i => Assert.Equal(studentId, i.StudentId));
        await Problem.AssertAsync(await ta.GetAsync($"/audit?userId={studentId}"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await student.GetAsync($"/audit?userId={studentId}"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await api.Instructor().GetAsync("/audit?pageSize=1000"), HttpStatusCode.BadRequest, "paging");
        await Problem.AssertAsync(await api.Instructor().GetAsync("/audit?exerciseId=A%00B"), HttpStatusCode.BadRequest, "filter");
    }

    [Fact]
    public async Task The_review_forms_have_realistic_examples_that_the_api_accepts_and_every_refusal_is_documented()
    {
        using var document = System.Text.Json.JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var grade = schemas.GetProperty("GradeChangeRequest").GetProperty("example").GetRawText();
        var comment = schemas.GetProperty("CommentRequest").GetProperty("example").GetRawText();
        var put = document.RootElement.GetProperty("paths").GetProperty("/submissions/{submissionId}/grade").GetProperty("put").GetProperty("responses");
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var (_, etag) = await Reviews.GradeAsync(ta, submission.Id);
        var request = new HttpRequestMessage(HttpMethod.Put, $"/submissions/{submission.Id}/grade") { Content = new StringContent(grade, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        Assert.Equal(HttpStatusCode.OK, (await ta.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ta.PostAsync($"/submissions/{submission.Id}/comments", new StringContent(comment, System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Superset(new HashSet<string> { "400", "401", "403", "404", "409", "412", "428", "503" }, put.EnumerateObject().Select(r => r.Name).ToHashSet());
    }
}
