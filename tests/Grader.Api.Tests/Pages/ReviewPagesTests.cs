using System.Net;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.RegradeRequests;
using Grader.Api.Rejudges;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests.Pages;

/// <summary>The TAs' review pages through the real pipeline on a session cookie: lists, regrade answers, rejudges, gradebooks.</summary>
[Collection(PagesCollection.Name)]
public sealed class ReviewPagesTests(SharedPagesServer api)
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"<script>alert(2)</script>\")";

    [Fact]
    public async Task Review_pages_open_for_TAs_and_instructors_and_refuse_students_and_strangers()
    {
        var assignment = await Assignments.CreateAsync(api.Instructor());
        var (ta, _, _) = await StaffPages.SignedInAsync(api, "ta");
        var (instructor, _, _) = await StaffPages.SignedInAsync(api, "instructor");
        var (student, _, _) = await StaffPages.SignedInAsync(api, "student");
        var stranger = PageClient.For(api);
        string[] paths = ["/app/review", "/app/review/submissions", "/app/review/regrades", "/app/review/rejudges", $"/app/review/gradebook/{assignment}"];

        foreach (var path in paths)
        {
            await ta.PageAsync(path);
            await instructor.PageAsync(path);
            var refused = await student.PageAsync(path, HttpStatusCode.Forbidden);
            Assert.Contains("Your role does not allow this page.", refused, StringComparison.Ordinal);
            var away = await stranger.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, away.StatusCode);
            Assert.StartsWith("/app/signin", new Uri(api.Address, away.Headers.Location!).PathAndQuery, StringComparison.Ordinal);
        }

        await ta.PageAsync("/app/review/regrades/999999999", HttpStatusCode.NotFound);
        await ta.PageAsync("/app/review/rejudges/999999999", HttpStatusCode.NotFound);
        await ta.PageAsync("/app/review/gradebook/no-such-assignment", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_submissions_list_filters_by_student_assignment_and_verdict_and_shows_names_as_text()
    {
        var (_, student, _) = await StaffPages.SignedInAsync(api, "student", displayName: Hostile);
        var (_, other, _) = await StaffPages.SignedInAsync(api, "student");
        var wrong = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var right = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var others = await Submit.GradedAsync(other, Submit.KeepdimMissing);
        var assignment = await Assignments.CreateAsync(api.Instructor());
        var userName = (await student.GetFromJsonAsync<Users.UserResponse>("/users/me", Json.Options))!.UserName;
        var (ta, _, _) = await StaffPages.SignedInAsync(api, "ta");

        var mine = await ta.PageAsync($"/app/review/submissions?student={userName}&assignment={assignment}");
        var wrongOnly = await ta.PageAsync($"/app/review/submissions?student={userName}&verdict=wrong_answer&status=completed");
        var bad = await ta.PageAsync("/app/review/submissions?verdict=excellent", HttpStatusCode.BadRequest);

        Assert.Contains($"href=\"/app/submissions/{wrong.Id}\"", mine, StringComparison.Ordinal);
        Assert.Contains($"href=\"/app/submissions/{right.Id}\"", mine, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/app/submissions/{others.Id}\"", mine, StringComparison.Ordinal);
        Assert.Contains($"href=\"/app/submissions/{wrong.Id}\"", wrongOnly, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/app/submissions/{right.Id}\"", wrongOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", mine, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", mine, StringComparison.Ordinal);
        Assert.Contains("verdict is one of", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_TA_answers_a_regrade_request_with_a_grade_change_and_it_is_audited()
    {
        var (_, student, _) = await StaffPages.SignedInAsync(api, "student");
        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var asked = await student.PostAsJsonAsync($"/submissions/{submission.Id}/regrade-requests", new { message = "Look again <script>alert(1)</script>", caseIndex = 0 });
        var request = (await asked.Content.ReadFromJsonAsync<RegradeRequestResponse>(Json.Options))!;
        var (ta, _, taId) = await StaffPages.SignedInAsync(api, "ta");
        var path = $"/app/review/regrades/{request.Id}";

        var list = await ta.PageAsync("/app/review/regrades?status=open");
        var page = await ta.PageAsync(path);
        var forged = await ta.PostFormAsync(path, antiforgery: null, new() { ["Answer"] = "forged", ["Change"] = "keep" });
        var tag = System.Text.RegularExpressions.Regex.Match(page, "name=\"GradeTag\" value=\"([^\"]+)\"").Groups[1].Value;
        var answered = await ta.PostFormAsync(path, PageClient.AntiforgeryToken(page), new()
        {
            ["Answer"] = "Case 1 deserves a point.", ["Change"] = "adjust", ["Points"] = "1", ["GradeReason"] = "Regrade: the idea was right.",
            ["GradeTag"] = System.Net.WebUtility.HtmlDecode(tag),
        });

        Assert.Contains($"href=\"/app/review/regrades/{request.Id}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("role=\"status\"", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var seen = await student.GetFromJsonAsync<RegradeRequestResponse>($"/regrade-requests/{request.Id}", Json.Options);
        Assert.Equal((RegradeStatus.Resolved, "Case 1 deserves a point.", true, taId), (seen!.Status, seen.Answer, seen.GradeChanged, seen.ResolvedBy!.Id));
        var grade = (await Reviews.GradeAsync(student, submission.Id)).Grade;
        Assert.Equal((1, "Regrade: the idea was right."), (grade.Adjustment!.Value, grade.Reason));
        var kinds = await api.WithDatabaseAsync(db => db.AuditEvents.Where(e => e.SubmissionId == submission.Id).OrderBy(e => e.Id).Select(e => new { e.Kind, e.ActorId }).ToListAsync());
        Assert.Equal([AuditKind.RegradeRequested, AuditKind.GradeChanged, AuditKind.RegradeResolved], kinds.Select(k => k.Kind));
        Assert.All(kinds.Skip(1), k => Assert.Equal(taId, k.ActorId));
    }

    [Fact]
    public async Task An_answer_based_on_a_grade_changed_meanwhile_is_refused_and_changes_nothing()
    {
        var (_, student, _) = await StaffPages.SignedInAsync(api, "student");
        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var asked = await student.PostAsJsonAsync($"/submissions/{submission.Id}/regrade-requests", new { message = "Please." });
        var request = (await asked.Content.ReadFromJsonAsync<RegradeRequestResponse>(Json.Options))!;
        var (ta, taApi, _) = await StaffPages.SignedInAsync(api, "ta");
        var path = $"/app/review/regrades/{request.Id}";
        var page = await ta.PageAsync(path);
        var tag = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"GradeTag\" value=\"([^\"]+)\"").Groups[1].Value);
        await Reviews.ChangedAsync(taApi, submission.Id, new { @override = 2, reason = "Another TA decided first." });

        var late = await ta.PostFormAsync(path, PageClient.AntiforgeryToken(page), new()
        {
            ["Answer"] = "Here is a point.", ["Change"] = "override", ["Points"] = "5", ["GradeReason"] = "Mine.", ["GradeTag"] = tag,
        });

        Assert.Equal(HttpStatusCode.PreconditionFailed, late.StatusCode);
        Assert.Contains("The grade changed since you opened the page", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var seen = await student.GetFromJsonAsync<RegradeRequestResponse>($"/regrade-requests/{request.Id}", Json.Options);
        Assert.Equal(RegradeStatus.Open, seen!.Status);
        Assert.Equal(2, (await Reviews.GradeAsync(student, submission.Id)).Grade.Override);
    }

    [Fact]
    public async Task A_TA_starts_a_rejudge_sees_the_diff_with_the_lower_score_flag_and_applies_it()
    {
        var (_, student, _) = await StaffPages.SignedInAsync(api, "student");
        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        await RejudgeCalls.StoreOldResultAsync(api, submission.Id, Verdict.Accepted, 5);
        var (ta, taApi, taId) = await StaffPages.SignedInAsync(api, "ta");
        await Reviews.ChangedAsync(taApi, submission.Id, new { adjustment = -1, reason = "Style." });

        var started = await ta.SubmitAsync("/app/review/rejudges", new()
        {
            ["Exercise"] = "cumsum", ["Which"] = "ids", ["Ids"] = $"{submission.Id}", ["Reason"] = "Reference fixed <b>now</b>",
        });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var path = started.Headers.Location!.OriginalString;
        var id = long.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        await RejudgeCalls.DoneAsync(taApi, id);
        var diff = await ta.PageAsync(path);
        var applied = await ta.PostFormAsync($"{path}?handler=Apply", PageClient.AntiforgeryToken(diff), []);
        var again = await ta.PostFormAsync($"{path}?handler=Apply", PageClient.AntiforgeryToken(diff), []);

        Assert.Contains("Verdict changes: 1. Score changes: 1. Lower scores: 1. Below a TA-reviewed final score: 1.", diff, StringComparison.Ordinal);
        Assert.Contains("below the TA&#x27;s final score: flagged", diff, StringComparison.Ordinal);
        Assert.Contains("Reference fixed &lt;b&gt;now&lt;/b&gt;", diff, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Contains("Applied", await applied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var rejudge = await RejudgeCalls.GetAsync(taApi, id);
        Assert.Equal((RejudgeState.Applied, RejudgeSelection.Submissions), (rejudge.State, rejudge.Selection));
        var now = await api.WithDatabaseAsync(db => db.Submissions.AsNoTracking().FirstAsync(s => s.Id == submission.Id));
        Assert.Equal((Verdict.WrongAnswer, id), (now.Verdict!.Value, now.RejudgeFlagId!.Value));
        Assert.True(await api.WithDatabaseAsync(db => db.AuditEvents.AnyAsync(e => e.SubmissionId == submission.Id && e.Kind == AuditKind.RejudgeApplied && e.ActorId == taId)));
    }

    [Fact]
    public async Task A_rejudge_form_with_bad_ids_or_without_antiforgery_starts_nothing()
    {
        var (ta, taApi, _) = await StaffPages.SignedInAsync(api, "ta");
        var before = (await RejudgeViews(taApi)).Count;

        var badIds = await ta.SubmitAsync("/app/review/rejudges", new() { ["Exercise"] = "cumsum", ["Which"] = "ids", ["Ids"] = "12; DROP TABLE" });
        var unknown = await ta.SubmitAsync("/app/review/rejudges", new() { ["Exercise"] = "no-such-exercise", ["Which"] = "all" });
        var forged = await ta.PostFormAsync("/app/review/rejudges", antiforgery: null, new() { ["Exercise"] = "cumsum", ["Which"] = "all" });

        Assert.Equal(HttpStatusCode.BadRequest, badIds.StatusCode);
        Assert.Contains("Submission ids are whole numbers", await badIds.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, (await RejudgeViews(taApi)).Count);
    }

    [Fact]
    public async Task The_gradebook_shows_counted_scores_and_its_csv_download_neutralises_formulas()
    {
        var assignment = await Assignments.CreateAsync(api.Instructor());
        var (_, student, _) = await StaffPages.SignedInAsync(api, "student", displayName: Formula);
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);
        await Assignments.SubmittedAtAsync(api, submission.Id, Assignments.Due.AddDays(-1));
        var (ta, _, _) = await StaffPages.SignedInAsync(api, "ta");

        var page = await ta.PageAsync($"/app/review/gradebook/{assignment}");
        var link = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "href=\"([^\"]+format=csv)\"").Groups[1].Value);
        var csv = await ta.Http.GetAsync(link);
        var text = await csv.Content.ReadAsStringAsync();

        Assert.Contains($"href=\"/app/submissions/{submission.Id}\">10</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var userName = (await student.GetFromJsonAsync<Users.UserResponse>("/users/me", Json.Options))!.UserName;
        var row = text.Split("\r\n").Single(l => l.StartsWith(userName + ",", StringComparison.Ordinal));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",", row, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_pages_in_chinese_have_no_english_left()
    {
        var assignment = await Assignments.CreateAsync(api.Instructor());
        var (_, student, _) = await StaffPages.SignedInAsync(api, "student");
        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var asked = await student.PostAsJsonAsync($"/submissions/{submission.Id}/regrade-requests", new { message = "Please look again." });
        var request = (await asked.Content.ReadFromJsonAsync<RegradeRequestResponse>(Json.Options))!;
        var (ta, taApi, _) = await StaffPages.SignedInAsync(api, "ta", language: "zh-TW");
        var rejudge = await RejudgeCalls.CreateAsync(taApi, new { exerciseId = "cumsum", submissionIds = new[] { submission.Id } });

        foreach (var path in new[]
        {
            "/app/review", "/app/review/submissions", "/app/review/regrades", $"/app/review/regrades/{request.Id}", "/app/review/rejudges",
            $"/app/review/rejudges/{rejudge.Id}", $"/app/review/gradebook/{assignment}",
        })
        {
            var html = await ta.PageAsync(path);
            Assert.Contains("lang=\"zh-Hant-TW\"", html, StringComparison.Ordinal);
            Assert.True(StaffPages.LatinWords(html) is [], $"{path} has English: {string.Join(", ", StaffPages.LatinWords(html))}");
        }
    }

    private static async Task<List<RejudgeResponse>> RejudgeViews(HttpClient staff) =>
        (await staff.GetFromJsonAsync<List<RejudgeResponse>>("/rejudges", Json.Options))!;
}
