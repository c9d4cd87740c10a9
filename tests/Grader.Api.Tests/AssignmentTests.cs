using System.Net;
using System.Net.Http.Json;
using Grader.Api.Assignments;
using Grader.Api.Data;
using Grader.Api.Review;

namespace Grader.Api.Tests;

/// <summary>Assignments: who may create and change them, their validation, and deadlines with extensions.</summary>
[Collection(ApiCollection.Name)]
public sealed class AssignmentTests(SharedApi api)
{
    [Fact]
    public async Task An_instructor_creates_reads_and_replaces_an_assignment_in_both_languages()
    {
        var instructor = api.Instructor();
        var id = await Assignments.CreateAsync(instructor);

        var english = await instructor.GetFromJsonAsync<AssignmentResponse>($"/assignments/{id}", Json.Options);
        var chinese = await api.ClientWithToken(GraderApiFactory.InstructorToken, "zh-TW").GetFromJsonAsync<AssignmentResponse>($"/assignments/{id}", Json.Options);
        var replaced = await instructor.PutAsJsonAsync($"/assignments/{id}", new
        {
            title = new { en = "Homework 1", zhTW = "作業一" },
            exercises = new[] { new { exerciseId = "sum-keepdims", points = 4 } },
            opensAt = Assignments.Due.AddDays(-7),
            dueAt = Assignments.Due,
            counts = "best",
        });
        var list = await instructor.GetFromJsonAsync<List<AssignmentResponse>>("/assignments", Json.Options);

        Assert.Equal(("Homework: reductions", 15, CountedSubmission.Last), (english!.Title, english.PointsPossible, english.Counts));
        Assert.Equal(["cumsum", "sum-keepdims"], english.Exercises.Select(e => e.ExerciseId));
        Assert.Equal(50, english.LateCreditPercent);
        Assert.Null(english.Mine);
        Assert.Equal("作業：歸約", chinese!.Title);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var after = list!.Single(a => a.Id == id);
        Assert.Equal(("Homework 1", 4, CountedSubmission.Best, null), (after.Title, after.PointsPossible, after.Counts, after.LateUntil));
        Assert.Equal(Assignments.Due.UtcDateTime, after.DueAt);
    }

    [Fact]
    public async Task Only_instructors_create_or_change_assignments_and_grant_extensions()
    {
        var (ta, _, _) = await api.NewUserAsync("ta");
        var (student, _, studentId) = await api.NewUserAsync();
        var id = await Assignments.CreateAsync(api.Instructor());
        var body = new
        {
            id = Assignments.NewId(),
            title = new { en = "Mine", zhTW = "我的" },
            exercises = new[] { new { exerciseId = "cumsum", points = 1 } },
            opensAt = Assignments.Due.AddDays(-1),
            dueAt = Assignments.Due,
        };
        var extension = new { dueAt = Assignments.Due.AddDays(30), reason = "Because." };

        await Problem.AssertAsync(await ta.PostAsJsonAsync("/assignments", body), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await student.PostAsJsonAsync("/assignments", body), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await student.PutAsJsonAsync($"/assignments/{id}", body), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await ta.PutAsJsonAsync($"/assignments/{id}/extensions/{studentId}", extension), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await student.PutAsJsonAsync($"/assignments/{id}/extensions/{studentId}", extension), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await student.PutAsJsonAsync($"/assignments/{id}/pins/{studentId}/cumsum", new { submissionId = 1, reason = "mine" }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await student.GetAsync($"/assignments/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("{\"id\":\"x\",\"title\":{\"en\":\"A\",\"zhTW\":\"甲\"},\"exercises\":[{\"exerciseId\":\"no-such-exercise\",\"points\":1}],\"opensAt\":\"2026-01-01T00:00:00Z\",\"dueAt\":\"2026-01-02T00:00:00Z\"}", "Unknown exercise")]
    [InlineData("{\"id\":\"x\",\"title\":{\"en\":\"A\",\"zhTW\":\"甲\"},\"exercises\":[{\"exerciseId\":\"cumsum\",\"points\":1},{\"exerciseId\":\"cumsum\",\"points\":2}],\"opensAt\":\"2026-01-01T00:00:00Z\",\"dueAt\":\"2026-01-02T00:00:00Z\"}", "twice")]
    [InlineData("{\"id\":\"x\",\"title\":{\"en\":\"A\",\"zhTW\":\"甲\"},\"exercises\":[{\"exerciseId\":\"cumsum\",\"points\":1}],\"opensAt\":\"2026-01-02T00:00:00Z\",\"dueAt\":\"2026-01-02T00:00:00Z\"}", "later than opensAt")]
    [InlineData("{\"id\":\"x\",\"title\":{\"en\":\"A\",\"zhTW\":\"甲\"},\"exercises\":[{\"exerciseId\":\"cumsum\",\"points\":1}],\"opensAt\":\"2026-01-01T00:00:00Z\",\"dueAt\":\"2026-01-02T00:00:00Z\",\"lateUntil\":\"2026-01-03T00:00:00Z\"}", "go together")]
    [InlineData("{\"id\":\"x\",\"title\":{\"en\":\"A\",\"zhTW\":\"甲\"},\"exercises\":[{\"exerciseId\":\"cumsum\",\"points\":1}],\"opensAt\":\"2026-01-01T00:00:00Z\",\"dueAt\":\"2026-01-02T00:00:00Z\",\"lateUntil\":\"2026-01-01T00:00:00Z\",\"lateCreditPercent\":50}", "later than dueAt")]
    [InlineData("{\"id\":\"Bad Id\",\"title\":{\"en\":\"A\",\"zhTW\":\"甲\"},\"exercises\":[{\"exerciseId\":\"cumsum\",\"points\":1}],\"opensAt\":\"2026-01-01T00:00:00Z\",\"dueAt\":\"2026-01-02T00:00:00Z\"}", null)]
    [InlineData("{\"id\":\"x\",\"title\":{\"en\":\"A\",\"zhTW\":\"甲\"},\"exercises\":[],\"opensAt\":\"2026-01-01T00:00:00Z\",\"dueAt\":\"2026-01-02T00:00:00Z\"}", null)]
    [InlineData("{\"id\":\"x\",\"title\":{\"en\":\"A\",\"zhTW\":\"甲\"},\"exercises\":[{\"exerciseId\":\"cumsum\",\"points\":0}],\"opensAt\":\"2026-01-01T00:00:00Z\",\"dueAt\":\"2026-01-02T00:00:00Z\"}", null)]
    [InlineData("{\"id\":\"x\",\"title\":{\"en\":\"\",\"zhTW\":\"甲\"},\"exercises\":[{\"exerciseId\":\"cumsum\",\"points\":1}],\"opensAt\":\"2026-01-01T00:00:00Z\",\"dueAt\":\"2026-01-02T00:00:00Z\"}", null)]
    [InlineData("{\"id\":\"x\",\"title\":{\"en\":\"A\\u0007\",\"zhTW\":\"甲\"},\"exercises\":[{\"exerciseId\":\"cumsum\",\"points\":1}],\"opensAt\":\"2026-01-01T00:00:00Z\",\"dueAt\":\"2026-01-02T00:00:00Z\"}", null)]
    [InlineData("{\"id\":\"x\",\"exercises\":[{\"exerciseId\":\"cumsum\",\"points\":1}],\"opensAt\":\"2026-01-01T00:00:00Z\",\"dueAt\":\"2026-01-02T00:00:00Z\"}", null)]
    [InlineData("{\"id\":\"x\",\"title\":{\"en\":\"A\",\"zhTW\":\"甲\"},\"exercises\":[{\"exerciseId\":\"cumsum\",\"points\":1}],\"opensAt\":\"2026-01-01T00:00:00Z\",\"dueAt\":\"2026-01-02T00:00:00Z\",\"counts\":\"first\"}", null)]
    public async Task An_assignment_that_does_not_make_sense_is_refused_with_400_saying_why(string body, string? expected)
    {
        var response = await api.Instructor().PostAsync("/assignments", new StringContent(body.Replace("\"x\"", $"\"{Assignments.NewId()}\"", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));

        var detail = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        if (expected is not null)
        {
            Assert.Contains(expected, detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_assignment_id_is_taken_once_and_an_unknown_one_is_404()
    {
        var instructor = api.Instructor();
        var id = await Assignments.CreateAsync(instructor);
        var again = await instructor.PostAsJsonAsync("/assignments", new
        {
            id,
            title = new { en = "Again", zhTW = "再一次" },
            exercises = new[] { new { exerciseId = "cumsum", points = 1 } },
            opensAt = Assignments.Due.AddDays(-1),
            dueAt = Assignments.Due,
        });

        await Problem.AssertAsync(again, HttpStatusCode.Conflict, "exists");
        await Problem.AssertAsync(await instructor.GetAsync("/assignments/no-such-thing"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await instructor.GetAsync("/assignments/no-such-thing/gradebook"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await instructor.PutAsJsonAsync($"/assignments/{id}", new
        {
            id = "another-id",
            title = new { en = "A", zhTW = "甲" },
            exercises = new[] { new { exerciseId = "cumsum", points = 1 } },
            opensAt = Assignments.Due.AddDays(-1),
            dueAt = Assignments.Due,
        }), HttpStatusCode.BadRequest, "Bad assignment");
    }

    [Fact]
    public async Task Submissions_are_on_time_late_or_too_late_by_the_students_own_deadline_and_an_extension_moves_the_late_window()
    {
        var instructor = api.Instructor();
        var (alice, aliceName, _) = await api.NewUserAsync("student", "zh-TW");
        var (bob, bobName, bobId) = await api.NewUserAsync();
        var id = await Assignments.CreateAsync(instructor); // due D, late until D + 2 days at 50 %
        var due = Assignments.Due;

        var aliceOnTime = await Assignments.SubmitAtAsync(api, alice, Submit.HonestCumsum, due.AddHours(-1));
        var aliceLate = await Assignments.SubmitAtAsync(api, alice, Submit.HonestCumsum, due.AddDays(1));
        var aliceTooLate = await Assignments.SubmitAtAsync(api, alice, Submit.HonestCumsum, due.AddDays(3));
        var bobFirst = await Assignments.SubmitAtAsync(api, bob, Submit.HonestCumsum, due.AddDays(1));
        var bobSecond = await Assignments.SubmitAtAsync(api, bob, Submit.HonestCumsum, due.AddDays(4));
        var bobThird = await Assignments.SubmitAtAsync(api, bob, Submit.KeepdimMissing, due.AddDays(6));
        var granted = await instructor.PutAsJsonAsync($"/assignments/{id}/extensions/{bobId}", new { dueAt = due.AddDays(3), reason = "In hospital." });

        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        var book = await Assignments.GradebookAsync(instructor, id);
        var aliceCell = Assignments.Row(book, aliceName).Exercises[0];
        var bobRow = Assignments.Row(book, bobName);
        Assert.Equal((aliceLate, Lateness.Late, 5m, 5m), (aliceCell.SubmissionId!.Value, aliceCell.Lateness!.Value, aliceCell.Score, aliceCell.LatePenalty));
        Assert.Equal((bobSecond, Lateness.Late, 5m), (bobRow.Exercises[0].SubmissionId!.Value, bobRow.Exercises[0].Lateness!.Value, bobRow.Exercises[0].Score));
        Assert.True(bobRow.Extended);
        Assert.Equal(due.AddDays(5).UtcDateTime, bobRow.LateUntil);

        var mine = (await alice.GetFromJsonAsync<AssignmentResponse>($"/assignments/{id}", Json.Options))!.Mine!;
        Assert.Equal((due.UtcDateTime, due.AddDays(2).UtcDateTime, null), (mine.Deadline.DueAt, mine.Deadline.LateUntil!.Value, mine.Deadline.Extension));
        Assert.Equal(new[] { (aliceTooLate, Lateness.TooLate, false), (aliceLate, Lateness.Late, true), (aliceOnTime, Lateness.OnTime, false) },
            mine.Submissions.Select(s => (s.Id, s.Lateness, s.Counted)));
        Assert.Equal("遲交：得分以 50% 計。", mine.Submissions[1].LatenessText);
        Assert.StartsWith("逾期", mine.Submissions[0].LatenessText, StringComparison.Ordinal);
        var bobs = (await bob.GetFromJsonAsync<AssignmentResponse>($"/assignments/{id}", Json.Options))!.Mine!;
        Assert.Equal((due.AddDays(3).UtcDateTime, "In hospital."), (bobs.Deadline.DueAt, bobs.Deadline.Extension!.Reason));
        Assert.Equal(new[] { (bobThird, Lateness.TooLate), (bobSecond, Lateness.Late), (bobFirst, Lateness.OnTime) }, bobs.Submissions.Select(s => (s.Id, s.Lateness)));
        Assert.Equal("Late: it earns 50% of its score.", bobs.Submissions[1].LatenessText);
        var onSubmission = (await bob.GetFromJsonAsync<Submissions.SubmissionResponse>($"/submissions/{bobSecond}", Json.Options))!.Assignments.Single(a => a.AssignmentId == id);
        Assert.Equal((Lateness.Late, true, due.AddDays(3).UtcDateTime), (onSubmission.Lateness, onSubmission.Extended, onSubmission.DueAt));
        var onAlices = (await alice.GetFromJsonAsync<Submissions.SubmissionResponse>($"/submissions/{aliceTooLate}", Json.Options))!.Assignments.Single(a => a.AssignmentId == id);
        Assert.Equal((Lateness.TooLate, "作業：歸約"), (onAlices.Lateness, onAlices.Title));
        var audit = await instructor.GetFromJsonAsync<AuditPage>($"/audit?assignmentId={id}", Json.Options);
        var extension = Assert.Single(audit!.Items);
        Assert.Equal((AuditKind.ExtensionGranted, bobId, "In hospital."), (extension.Kind, extension.StudentId!.Value, extension.Reason));
    }

    [Fact]
    public async Task An_extension_must_be_later_than_the_due_date_and_for_a_known_user()
    {
        var instructor = api.Instructor();
        var (_, _, studentId) = await api.NewUserAsync();
        var id = await Assignments.CreateAsync(instructor);

        await Problem.AssertAsync(await instructor.PutAsJsonAsync($"/assignments/{id}/extensions/{studentId}", new { dueAt = Assignments.Due.AddDays(-1), reason = "x" }), HttpStatusCode.BadRequest, "Bad extension");
        await Problem.AssertAsync(await instructor.PutAsJsonAsync($"/assignments/{id}/extensions/999999", new { dueAt = Assignments.Due.AddDays(1), reason = "x" }), HttpStatusCode.NotFound, "Unknown user");
        await Problem.AssertAsync(await instructor.PutAsJsonAsync($"/assignments/{id}/extensions/{studentId}", new { dueAt = Assignments.Due.AddDays(1), reason = " " }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_assignment_forms_have_realistic_examples_that_the_api_accepts()
    {
        using var document = System.Text.Json.JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var assignment = System.Text.Json.Nodes.JsonNode.Parse(schemas.GetProperty("AssignmentRequest").GetProperty("example").GetRawText())!;
        var extension = schemas.GetProperty("ExtensionRequest").GetProperty("example").GetRawText();
        var gradebook = document.RootElement.GetProperty("paths").GetProperty("/assignments/{assignmentId}/gradebook").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        var (_, _, studentId) = await api.NewUserAsync();
        var id = Assignments.NewId();
        assignment["id"] = id;

        var created = await api.Instructor().PostAsync("/assignments", new StringContent(assignment.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var extended = await api.Instructor().PutAsync($"/assignments/{id}/extensions/{studentId}", new StringContent(extension, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.True(gradebook.TryGetProperty("text/csv", out _));
        Assert.True(gradebook.TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task Extensions_granted_for_one_student_at_the_same_moment_never_answer_500_and_one_is_kept()
    {
        var instructor = api.Instructor();
        var (_, _, studentId) = await api.NewUserAsync();
        var id = await Assignments.CreateAsync(instructor);

        var answers = await Task.WhenAll(Enumerable.Range(1, 4).Select(days =>
            instructor.PutAsJsonAsync($"/assignments/{id}/extensions/{studentId}", new { dueAt = Assignments.Due.AddDays(days), reason = $"{days} days." })));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"answered {a.StatusCode}"));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        var count = await api.WithDatabaseAsync(db => Task.FromResult(db.Extensions.Count(e => e.AssignmentId == id)));
        Assert.Equal(1, count);
    }
}
