using System.Net;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.Rejudges;
using Grader.Api.Review;
using Grader.Api.Submissions;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests;

/// <summary>Rejudging: new results beside the old, a diff, then all applied at once or cancelled; only the autograder's layer changes.</summary>
[Collection(ApiCollection.Name)]
public sealed class RejudgeTests(SharedApi api)
{
    [Fact]
    public async Task A_rejudge_shows_old_and_new_results_side_by_side_changes_nothing_until_applied_and_then_applies_them_all()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var misjudged = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var wrong = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        await RejudgeCalls.StoreOldResultAsync(api, misjudged.Id, Verdict.WrongAnswer, 1);

        var created = await RejudgeCalls.CreateAsync(ta, new { exerciseId = "cumsum", submissionIds = new[] { misjudged.Id, wrong.Id }, reason = "Fixed the reference." });
        var done = await RejudgeCalls.DoneAsync(ta, created.Id);
        var beforeApply = await student.GetFromJsonAsync<SubmissionResponse>($"/submissions/{misjudged.Id}", Json.Options);
        var applied = await RejudgeCalls.DecideAsync(ta, created.Id, "apply");
        var afterApply = await student.GetFromJsonAsync<SubmissionResponse>($"/submissions/{misjudged.Id}", Json.Options);

        Assert.Equal((RejudgeState.Open, 2), (created.State, created.Progress.Total));
        Assert.Equal((2, 0, 0), (done.Progress.Done, done.Progress.Queued, done.Progress.Running));
        var fixedItem = done.Items!.Single(i => i.SubmissionId == misjudged.Id);
        Assert.Equal((Verdict.WrongAnswer, 1, Verdict.Accepted, 5), (fixedItem.OldVerdict!.Value, fixedItem.OldScore!.Value, fixedItem.NewVerdict!.Value, fixedItem.NewScore!.Value));
        Assert.True(fixedItem.VerdictChanged);
        var unchanged = done.Items!.Single(i => i.SubmissionId == wrong.Id);
        Assert.Equal((wrong.Verdict, wrong.Score, false), (unchanged.NewVerdict, unchanged.NewScore, unchanged.VerdictChanged));
        Assert.Equal((1, 1, 0), (done.Changes.Verdicts, done.Changes.Scores, done.Changes.Lower));
        Assert.Equal((Verdict.WrongAnswer, 1, 1), (beforeApply!.Verdict!.Value, beforeApply.Score!.Value, beforeApply.Grade.Final!.Value));
        Assert.Equal(RejudgeState.Applied, applied.State);
        Assert.Equal((Verdict.Accepted, 5, 5, 5), (afterApply!.Verdict!.Value, afterApply.Score!.Value, afterApply.Grade.Auto!.Value, afterApply.Grade.Final!.Value));
        Assert.All(afterApply.Cases!, c => Assert.Equal(Verdict.Accepted, c.Verdict));
        var history = await student.GetFromJsonAsync<List<AuditEventResponse>>($"/submissions/{misjudged.Id}/history", Json.Options);
        var audit = Assert.Single(history!);
        Assert.Equal((AuditKind.RejudgeApplied, $"Rejudge {created.Id}: Fixed the reference."), (audit.Kind, audit.Reason));
        Assert.Equal(("wrong_answer", 1), (audit.Before!.Value.GetProperty("verdict").GetString(), audit.Before.Value.GetProperty("auto").GetInt32()));
        Assert.Equal(("accepted", 5), (audit.After!.Value.GetProperty("verdict").GetString(), audit.After.Value.GetProperty("final").GetInt32()));
        Assert.Empty((await ta.GetFromJsonAsync<List<AuditEventResponse>>($"/submissions/{wrong.Id}/history", Json.Options))!);
        await Problem.AssertAsync(await ta.PostAsync($"/rejudges/{created.Id}/apply", null), HttpStatusCode.Conflict, "applied");
        await Problem.AssertAsync(await ta.PostAsync($"/rejudges/{created.Id}/cancel", null), HttpStatusCode.Conflict, "applied");
        var listed = await ta.GetFromJsonAsync<List<RejudgeResponse>>("/rejudges?exerciseId=cumsum", Json.Options);
        Assert.Contains(listed!, r => r.Id == created.Id && r.State == RejudgeState.Applied && r.Items is null);
    }

    [Fact]
    public async Task A_rejudge_is_applied_only_when_finished_and_a_cancelled_one_leaves_the_queue_and_changes_nothing()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        // Each runs into the 2 s time limit, so the rejudge takes a while.
        var slow = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Submit.GradedAsync(student, Submit.Endless)));
        var ids = slow.Select(s => s.Id).ToArray();

        var created = await RejudgeCalls.CreateAsync(ta, new { exerciseId = "cumsum", submissionIds = ids });
        var early = await ta.PostAsync($"/rejudges/{created.Id}/apply", null);
        var cancelled = await RejudgeCalls.DecideAsync(ta, created.Id, "cancel");
        await Task.Delay(TimeSpan.FromSeconds(6)); // what was being graded at the cancel has finished by now
        var later = await RejudgeCalls.GetAsync(ta, created.Id);

        await Problem.AssertAsync(early, HttpStatusCode.Conflict, "not finished");
        Assert.Equal(RejudgeState.Cancelled, cancelled.State);
        Assert.Equal((0, 0), (cancelled.Progress.Queued, cancelled.Progress.Running));
        Assert.True(cancelled.Progress.Cancelled >= 1, $"Nothing was left to cancel: {cancelled.Progress}.");
        Assert.Equal(cancelled.Progress, later.Progress);
        Assert.Equal(0, await api.WithDatabaseAsync(db => db.RejudgeItems.CountAsync(i => i.RejudgeId == created.Id && i.Status == RejudgeItemStatus.Queued)));
        await Problem.AssertAsync(await ta.PostAsync($"/rejudges/{created.Id}/apply", null), HttpStatusCode.Conflict, "cancelled");
        foreach (var submission in slow)
        {
            var now = await ta.GetFromJsonAsync<SubmissionResponse>($"/submissions/{submission.Id}", Json.Options);
            Assert.Equal((submission.Verdict, submission.Score, submission.CompletedAt), (now!.Verdict, now.Score, now.CompletedAt));
        }
    }

    [Fact]
    public async Task Applying_replaces_only_the_autograder_layer_and_a_score_falling_below_a_TA_reviewed_final_is_flagged_for_the_TA()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var raised = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var lowered = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        Assert.True(lowered.Score < 4, $"The test needs a score below 4, got {lowered.Score}.");
        await RejudgeCalls.StoreOldResultAsync(api, raised.Id, Verdict.WrongAnswer, 2);
        await RejudgeCalls.StoreOldResultAsync(api, lowered.Id, Verdict.Accepted, 5);
        await Reviews.ChangedAsync(ta, raised.Id, new { adjustment = 1, reason = "Right idea." });
        await Reviews.ChangedAsync(ta, lowered.Id, new { adjustment = -1, reason = "Style." });

        var created = await RejudgeCalls.CreateAsync(ta, new { exerciseId = "cumsum", submissionIds = new[] { raised.Id, lowered.Id } });
        var preview = await RejudgeCalls.DoneAsync(ta, created.Id);
        var applied = await RejudgeCalls.DecideAsync(ta, created.Id, "apply");
        var flaggedForTa = await ta.GetFromJsonAsync<SubmissionResponse>($"/submissions/{lowered.Id}", Json.Options);
        var flaggedForStudent = await student.GetFromJsonAsync<SubmissionResponse>($"/submissions/{lowered.Id}", Json.Options);
        var raisedNow = await ta.GetFromJsonAsync<SubmissionResponse>($"/submissions/{raised.Id}", Json.Options);

        Assert.Equal((true, false), (preview.Items!.Single(i => i.SubmissionId == lowered.Id).Flagged, preview.Items!.Single(i => i.SubmissionId == raised.Id).Flagged));
        Assert.Equal((1, 1), (preview.Changes.Flagged, applied.Changes.Flagged));
        Assert.True(applied.Items!.Single(i => i.SubmissionId == lowered.Id).Flagged);
        Assert.Equal((lowered.Score, -1, "Style."), (flaggedForTa!.Grade.Auto, flaggedForTa.Grade.Adjustment!.Value, flaggedForTa.Grade.Reason));
        Assert.Equal((created.Id, 4), (flaggedForTa.RejudgeFlag!.RejudgeId, flaggedForTa.RejudgeFlag.FinalBefore!.Value));
        Assert.Null(flaggedForStudent!.RejudgeFlag);
        Assert.Equal(-1, flaggedForStudent.Grade.Adjustment);
        Assert.Equal((5, 1, 5, "Right idea."), (raisedNow!.Grade.Auto!.Value, raisedNow.Grade.Adjustment!.Value, raisedNow.Grade.Final!.Value, raisedNow.Grade.Reason));
        Assert.Null(raisedNow.RejudgeFlag);

        // The TA decides again: the flag is answered.
        await Reviews.ChangedAsync(ta, lowered.Id, new { @override = 4, reason = "Kept after the rejudge: the axis is right in the explanation." });
        Assert.Null((await ta.GetFromJsonAsync<SubmissionResponse>($"/submissions/{lowered.Id}", Json.Options))!.RejudgeFlag);
    }

    [Fact]
    public async Task A_live_submission_posted_during_a_rejudge_of_many_is_graded_before_the_rejudge_finishes()
    {
        var (student, _, studentId) = await api.NewUserAsync();
        var (other, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var first = await Submit.GradedAsync(student, Submit.HonestCumsum);
        // 500 graded attempts (the size), stored as the queue would have left them, each with hidden cases of its own.
        var ids = await api.WithDatabaseAsync(async db =>
        {
            var original = await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == first.Id);
            var copies = Enumerable.Range(2, 500).Select(n => new Submission
            {
                ExerciseId = original.ExerciseId,
                CatalogVersion = original.CatalogVersion,
                UserId = studentId,
                Code = original.Code,
                AttemptNumber = n,
                Seed = original.Seed + n,
                Status = SubmissionStatus.Completed,
                SubmittedAt = original.SubmittedAt,
                CompletedAt = original.CompletedAt,
                Verdict = original.Verdict,
                Score = original.Score,
                MaxScore = original.MaxScore,
                Report = original.Report,
            }).ToList();
            db.Submissions.AddRange(copies);
            await db.SaveChangesAsync();
            return copies.Select(c => c.Id).ToArray();
        });

        var created = await RejudgeCalls.CreateAsync(ta, new { exerciseId = "cumsum", submissionIds = ids });
        var live = await Submit.GradedAsync(other, Submit.HonestCumsum);
        var done = await RejudgeCalls.DoneAsync(ta, created.Id, TimeSpan.FromMinutes(4));

        Assert.Equal(Verdict.Accepted, live.Verdict);
        Assert.Equal(500, done.Progress.Done);
        var finishedBefore = await api.WithDatabaseAsync(db => db.RejudgeItems.CountAsync(i => i.RejudgeId == created.Id && i.CompletedAt <= live.CompletedAt));
        // Posted just after the rejudge started, it waits at most for the runs the graders have in hand, not for the queue.
        Assert.True(finishedBefore < 50, $"{finishedBefore} of the rejudge's 500 items were graded before the live submission.");
        Assert.All(done.Items!, i => Assert.Equal(Verdict.Accepted, i.NewVerdict));
    }

    [Fact]
    public async Task Students_get_403_on_every_rejudge_endpoint_and_change_nothing()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var own = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var created = await RejudgeCalls.CreateAsync(ta, new { exerciseId = "cumsum", submissionIds = new[] { own.Id } });

        await Problem.AssertAsync(await student.PostAsJsonAsync("/rejudges", new { exerciseId = "cumsum", submissionIds = new[] { own.Id } }), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await student.GetAsync("/rejudges"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await student.GetAsync($"/rejudges/{created.Id}"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await student.PostAsync($"/rejudges/{created.Id}/apply", null), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await student.PostAsync($"/rejudges/{created.Id}/cancel", null), HttpStatusCode.Forbidden);

        Assert.Equal(RejudgeState.Open, (await RejudgeCalls.GetAsync(ta, created.Id)).State);
        await RejudgeCalls.DecideAsync(ta, created.Id, "cancel");
    }

    [Fact]
    public async Task A_rejudge_of_an_unknown_exercise_of_both_a_list_and_a_verdict_or_of_another_exercises_submission_is_400()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var other = await Submit.GradedAsync(student, "double Solve(Tensor x, Tensor y) => 0;", "dot-product");

        await Problem.AssertAsync(await ta.PostAsJsonAsync("/rejudges", new { exerciseId = "no-such-exercise" }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await ta.PostAsJsonAsync("/rejudges", new { exerciseId = "cumsum", submissionIds = new[] { other.Id }, verdict = "accepted" }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await ta.PostAsJsonAsync("/rejudges", new { exerciseId = "cumsum", submissionIds = Array.Empty<long>() }), HttpStatusCode.BadRequest);
        var detail = await Problem.AssertAsync(await ta.PostAsJsonAsync("/rejudges", new { exerciseId = "cumsum", submissionIds = new[] { other.Id } }), HttpStatusCode.BadRequest);
        Assert.Contains(other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), detail, StringComparison.Ordinal);
        await Problem.AssertAsync(await ta.PostAsJsonAsync("/rejudges", new { exerciseId = "cumsum", verdict = "sometimes" }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await ta.GetAsync("/rejudges/999999999"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_rejudge_form_example_is_safe_and_accepted_and_every_refusal_is_documented()
    {
        using var document = System.Text.Json.JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var example = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("CreateRejudgeRequest").GetProperty("example").GetRawText();
        var apply = document.RootElement.GetProperty("paths").GetProperty("/rejudges/{rejudgeId}/apply").GetProperty("post").GetProperty("responses");
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var failed = await Submit.GradedAsync(student, Submit.HonestCumsum);
        await RejudgeCalls.StoreOldResultAsync(api, failed.Id, Verdict.InternalError, 0);

        var response = await ta.PostAsync("/rejudges", new StringContent(example, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<RejudgeResponse>(Json.Options))!;
        Assert.Contains(failed.Id, (await RejudgeCalls.GetAsync(ta, created.Id)).Items!.Select(i => i.SubmissionId));
        await RejudgeCalls.DecideAsync(ta, created.Id, "cancel");
        Assert.Superset(new HashSet<string> { "401", "403", "404", "409", "503" }, apply.EnumerateObject().Select(r => r.Name).ToHashSet());
    }
}
