using System.Net;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.RegradeRequests;
using Grader.Api.Review;
using Grader.Api.Submissions;

namespace Grader.Api.Tests;

/// <summary>Regrade requests: a student asks about their own submission, a TA answers and resolves it, through the grade's layers.</summary>
[Collection(ApiCollection.Name)]
public sealed class RegradeRequestTests(SharedApi api)
{
    [Fact]
    public async Task A_student_asks_about_a_case_a_TA_finds_it_answers_and_changes_the_grade_and_the_student_reads_the_answer_in_their_language()
    {
        var (student, _, studentId) = await api.NewUserAsync(language: "zh-TW");
        var (ta, _, _) = await api.NewUserAsync("ta");
        var assignment = await Assignments.CreateAsync(api.Instructor());
        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);

        var asked = await student.PostAsJsonAsync($"/submissions/{submission.Id}/regrade-requests", new { caseIndex = 2, message = "我的結果與說明中的範例形狀相同，請再看一次。" });
        var request = (await asked.Content.ReadFromJsonAsync<RegradeRequestResponse>(Json.Options))!;
        var open = await ta.GetFromJsonAsync<List<RegradeRequestResponse>>($"/regrade-requests?status=open&assignmentId={assignment}&exerciseId=cumsum", Json.Options);
        var (_, etag) = await Reviews.GradeAsync(ta, submission.Id);
        var resolve = new HttpRequestMessage(HttpMethod.Post, $"/regrade-requests/{request.Id}/resolve")
        {
            Content = JsonContent.Create(new { answer = "Case 3 checks `keepdim`: one point for the right idea.", grade = new { adjustment = 1, reason = "Regrade: right idea on case 3." } }),
        };
        resolve.Headers.TryAddWithoutValidation("If-Match", etag);
        var resolved = await ta.SendAsync(resolve);
        var seen = await student.GetFromJsonAsync<RegradeRequestResponse>($"/regrade-requests/{request.Id}", Json.Options);
        var onSubmission = await student.GetFromJsonAsync<SubmissionResponse>($"/submissions/{submission.Id}", Json.Options);
        var english = await api.ClientWithToken(student.DefaultRequestHeaders.Authorization!.Parameter!).GetFromJsonAsync<RegradeRequestResponse>($"/regrade-requests/{request.Id}", Json.Options);

        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        Assert.Equal((RegradeStatus.Open, 2, studentId, "等待助教回覆。"), (request.Status, request.CaseIndex!.Value, request.Student.Id, request.StatusText));
        Assert.Contains(open!, r => r.Id == request.Id);
        Assert.All(open!, r => Assert.Equal(RegradeStatus.Open, r.Status));
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.NotEqual(etag, resolved.Headers.ETag!.ToString());
        Assert.Equal((RegradeStatus.Resolved, true, "助教已回覆，並調整了成績。"), (seen!.Status, seen.GradeChanged, seen.StatusText));
        Assert.Equal("Case 3 checks `keepdim`: one point for the right idea.", seen.Answer);
        Assert.Equal(request.Id, Assert.Single(onSubmission!.RegradeRequests).Id);
        Assert.Equal((1, "Regrade: right idea on case 3."), (onSubmission.Grade.Adjustment!.Value, onSubmission.Grade.Reason));
        Assert.Equal("A TA answered and changed the grade.", english!.StatusText);
        var history = await student.GetFromJsonAsync<List<AuditEventResponse>>($"/submissions/{submission.Id}/history", Json.Options);
        Assert.Equal(new[] { AuditKind.RegradeRequested, AuditKind.GradeChanged, AuditKind.RegradeResolved }, history!.Select(h => h.Kind));
        var resolvedOpen = await ta.GetFromJsonAsync<List<RegradeRequestResponse>>("/regrade-requests?status=open&exerciseId=cumsum", Json.Options);
        Assert.DoesNotContain(resolvedOpen!, r => r.Id == request.Id);
    }

    [Fact]
    public async Task A_submission_has_one_open_request_at_a_time_and_a_resolved_one_is_final()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);

        var first = await student.PostAsJsonAsync($"/submissions/{submission.Id}/regrade-requests", new { message = "Please look again." });
        var both = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => student.PostAsJsonAsync($"/submissions/{submission.Id}/regrade-requests", new { message = "Again." })));
        var id = (await first.Content.ReadFromJsonAsync<RegradeRequestResponse>(Json.Options))!.Id;
        var answered = await ta.PostAsJsonAsync($"/regrade-requests/{id}/resolve", new { answer = "The grade is right: `sum(dim: 0)` drops the axis." });
        var twice = await ta.PostAsJsonAsync($"/regrade-requests/{id}/resolve", new { answer = "Changed my mind." });
        var again = await student.PostAsJsonAsync($"/submissions/{submission.Id}/regrade-requests", new { message = "I still disagree." });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        foreach (var refused in both)
        {
            await Problem.AssertAsync(refused, HttpStatusCode.Conflict, "already requested");
        }

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.False((await answered.Content.ReadFromJsonAsync<RegradeRequestResponse>(Json.Options))!.GradeChanged);
        await Problem.AssertAsync(twice, HttpStatusCode.Conflict, "resolved");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("The grade is right: `sum(dim: 0)` drops the axis.", (await student.GetFromJsonAsync<RegradeRequestResponse>($"/regrade-requests/{id}", Json.Options))!.Answer);
    }

    [Fact]
    public async Task A_grade_change_on_resolving_follows_the_grade_rules_428_without_If_Match_412_when_stale_and_changes_nothing_then()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var asked = await student.PostAsJsonAsync($"/submissions/{submission.Id}/regrade-requests", new { message = "Please look again." });
        var id = (await asked.Content.ReadFromJsonAsync<RegradeRequestResponse>(Json.Options))!.Id;
        var (_, stale) = await Reviews.GradeAsync(ta, submission.Id);
        await Reviews.ChangedAsync(ta, submission.Id, new { adjustment = 1, reason = "Another TA, meanwhile." });
        var body = new { answer = "Full marks.", grade = new { @override = 5, reason = "Regrade." } };

        var missing = await ta.PostAsJsonAsync($"/regrade-requests/{id}/resolve", body);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/regrade-requests/{id}/resolve") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", stale);
        var collided = await ta.SendAsync(request);

        await Problem.AssertAsync(missing, HttpStatusCode.PreconditionRequired);
        await Problem.AssertAsync(collided, HttpStatusCode.PreconditionFailed);
        var still = await ta.GetFromJsonAsync<RegradeRequestResponse>($"/regrade-requests/{id}", Json.Options);
        Assert.Equal((RegradeStatus.Open, null), (still!.Status, still.Answer));
        Assert.Equal((1, null), ((await Reviews.GradeAsync(ta, submission.Id)).Grade.Adjustment!.Value, (await Reviews.GradeAsync(ta, submission.Id)).Grade.Override));
    }

    [Fact]
    public async Task Students_see_only_their_own_requests_ask_only_about_their_own_submissions_and_cannot_resolve_even_their_own()
    {
        var (student, _, studentId) = await api.NewUserAsync();
        var (other, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var mine = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var asked = await student.PostAsJsonAsync($"/submissions/{mine.Id}/regrade-requests", new { message = "Please look again." });
        var request = (await asked.Content.ReadFromJsonAsync<RegradeRequestResponse>(Json.Options))!;

        await Problem.AssertAsync(await other.GetAsync($"/regrade-requests/{request.Id}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await other.PostAsJsonAsync($"/submissions/{mine.Id}/regrade-requests", new { message = "Mine now." }), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await student.PostAsJsonAsync($"/regrade-requests/{request.Id}/resolve", new { answer = "Approved by me.", grade = new { @override = 5, reason = "Because." } }), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await ta.PostAsJsonAsync($"/submissions/{mine.Id}/regrade-requests", new { message = "On the student's behalf." }), HttpStatusCode.Forbidden);
        var detail = await Problem.AssertAsync(await student.PostAsJsonAsync($"/submissions/{mine.Id}/regrade-requests", new { caseIndex = 99, message = "Case 100?" }), HttpStatusCode.BadRequest, "case");
        Assert.Contains("from 0 to", detail, StringComparison.Ordinal);
        Assert.Empty((await other.GetFromJsonAsync<List<RegradeRequestResponse>>("/regrade-requests", Json.Options))!);
        Assert.All((await student.GetFromJsonAsync<List<RegradeRequestResponse>>("/regrade-requests", Json.Options))!, r => Assert.Equal(studentId, r.Student.Id));
        Assert.Empty((await other.GetFromJsonAsync<SubmissionResponse>($"/submissions/{(await Submit.GradedAsync(other, Submit.HonestCumsum)).Id}", Json.Options))!.RegradeRequests);
        Assert.Equal(RegradeStatus.Open, (await ta.GetFromJsonAsync<RegradeRequestResponse>($"/regrade-requests/{request.Id}", Json.Options))!.Status);
        await Problem.AssertAsync(await ta.GetAsync("/regrade-requests?status=pending"), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await ta.GetAsync("/regrade-requests?assignmentId=no-such-assignment"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_regrade_forms_have_examples_that_the_api_accepts_and_every_refusal_is_documented()
    {
        using var document = System.Text.Json.JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var ask = schemas.GetProperty("RegradeRequestBody").GetProperty("example").GetRawText();
        var answer = schemas.GetProperty("ResolveRegradeRequest").GetProperty("example").GetRawText();
        var resolve = document.RootElement.GetProperty("paths").GetProperty("/regrade-requests/{requestId}/resolve").GetProperty("post").GetProperty("responses");
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);

        var asked = await student.PostAsync($"/submissions/{submission.Id}/regrade-requests", new StringContent(ask, System.Text.Encoding.UTF8, "application/json"));
        var id = (await asked.Content.ReadFromJsonAsync<RegradeRequestResponse>(Json.Options))!.Id;
        var answered = await ta.PostAsync($"/regrade-requests/{id}/resolve", new StringContent(answer, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Superset(new HashSet<string> { "400", "401", "403", "404", "409", "412", "428", "503" }, resolve.EnumerateObject().Select(r => r.Name).ToHashSet());
    }
}
