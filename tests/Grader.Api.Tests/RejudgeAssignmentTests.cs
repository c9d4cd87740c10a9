using System.Net;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.Rejudges;
using Grader.Exercises.Grading;

namespace Grader.Api.Tests;

/// <summary>A rejudge of an assignment: every submission its gradebook weighs, across all its exercises, in one rejudge.</summary>
[Collection(ApiCollection.Name)]
public sealed class RejudgeAssignmentTests(SharedApi api)
{
    /// <summary>
    /// Far from every other test's submissions (all made "now"). An assignment's window has no end, so the test that
    /// counts its items exactly opens last (2103); the one that opens before it (2102) may see its submissions too.
    /// </summary>
    private static DateTimeOffset Opens(int year) => new(year, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_rejudge_of_an_assignment_grades_again_its_students_submissions_of_every_exercise_since_it_opened_and_pinned_ones()
    {
        var instructor = api.Instructor();
        var opens = Opens(2103);
        var assignment = await CreateAsync(instructor, opens);
        var (student, _, studentId) = await api.NewUserAsync();
        var (other, _, otherId) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var wrong = await Assignments.SubmitAtAsync(api, student, Submit.KeepdimMissing, opens.AddDays(2));
        var right = await Assignments.SubmitAtAsync(api, student, Submit.HonestCumsum, opens.AddDays(3));
        var otherExercise = await Assignments.SubmitAtAsync(api, student, Submit.MissingSemicolon, opens.AddDays(3), "sum-keepdims");
        var othersOwn = await Assignments.SubmitAtAsync(api, other, Submit.HonestCumsum, opens.AddDays(4));
        var practice = await Submit.GradedAsync(student, Submit.KeepdimMissing); // before the assignment opened
        var pinnedPractice = await Submit.GradedAsync(other, Submit.KeepdimMissing);
        (await ta.PutAsJsonAsync($"/assignments/{assignment}/pins/{otherId}/cumsum", new { submissionId = pinnedPractice.Id, reason = "Counts, as agreed." })).EnsureSuccessStatusCode();
        var notInAssignment = await Assignments.SubmitAtAsync(api, student, Submit.HonestCumsum, opens.AddDays(2), "dot-product");
        var staffOwn = await Assignments.SubmitAtAsync(api, ta, Submit.HonestCumsum, opens.AddDays(2));
        await RejudgeCalls.StoreOldResultAsync(api, wrong, Verdict.Accepted, 5);

        var created = await RejudgeCalls.CreateAsync(ta, new { assignmentId = assignment, reason = "The keepdim case was fixed." });
        var done = await RejudgeCalls.DoneAsync(ta, created.Id);
        var applied = await RejudgeCalls.DecideAsync(ta, created.Id, "apply");
        var listed = await ta.GetFromJsonAsync<List<RejudgeResponse>>("/rejudges?exerciseId=sum-keepdims", Json.Options);

        Assert.Equal((RejudgeSelection.Assignment, assignment, null), (created.Selection, created.AssignmentId, created.ExerciseId));
        Assert.Equal(new[] { wrong, right, otherExercise, othersOwn, pinnedPractice.Id }.Order(), created.Items!.Select(i => i.SubmissionId).Order());
        Assert.DoesNotContain(created.Items!, i => i.SubmissionId == practice.Id || i.SubmissionId == notInAssignment || i.SubmissionId == staffOwn);
        Assert.Equal(5, done.Progress.Done);
        var fixedItem = done.Items!.Single(i => i.SubmissionId == wrong);
        Assert.Equal((Verdict.Accepted, Verdict.WrongAnswer), (fixedItem.OldVerdict!.Value, fixedItem.NewVerdict!.Value));
        Assert.Equal(Verdict.CompilationError, done.Items!.Single(i => i.SubmissionId == otherExercise).NewVerdict);
        Assert.Equal(RejudgeState.Applied, applied.State);
        Assert.Contains(listed!, r => r.Id == created.Id);
        var now = (await Assignments.GradebookAsync(ta, assignment)).Rows.Single(r => r.Student.Id == studentId);
        Assert.Equal(right, now.Exercises.Single(c => c.ExerciseId == "cumsum").SubmissionId);
    }

    [Fact]
    public async Task A_rejudge_of_an_assignment_can_keep_to_one_verdict()
    {
        var opens = Opens(2102);
        var assignment = await CreateAsync(api.Instructor(), opens);
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        await Assignments.SubmitAtAsync(api, student, Submit.HonestCumsum, opens.AddDays(2));
        var broken = await Assignments.SubmitAtAsync(api, student, Submit.MissingSemicolon, opens.AddDays(2), "sum-keepdims");

        var created = await RejudgeCalls.CreateAsync(ta, new { assignmentId = assignment, verdict = "compilation_error" });

        Assert.Contains(broken, created.Items!.Select(i => i.SubmissionId));
        Assert.All(created.Items!, i => Assert.Equal(Verdict.CompilationError, i.OldVerdict));
        Assert.Equal((RejudgeSelection.Assignment, Verdict.CompilationError), (created.Selection, created.Verdict!.Value));
        await RejudgeCalls.DecideAsync(ta, created.Id, "cancel");
    }

    [Fact]
    public async Task A_rejudge_names_an_exercise_or_an_existing_assignment_with_submissions_and_students_may_not_start_one()
    {
        var empty = await CreateAsync(api.Instructor(), Opens(2200));
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");

        await RefusedAsync(await ta.PostAsJsonAsync("/rejudges", new { exerciseId = "cumsum", assignmentId = empty }), HttpStatusCode.BadRequest, "one of the two");
        await RefusedAsync(await ta.PostAsJsonAsync("/rejudges", new { reason = "Neither." }), HttpStatusCode.BadRequest, "one of the two");
        await RefusedAsync(await ta.PostAsJsonAsync("/rejudges", new { assignmentId = "no-such-assignment" }), HttpStatusCode.BadRequest, "There is no assignment 'no-such-assignment'");
        await RefusedAsync(await ta.PostAsJsonAsync("/rejudges", new { assignmentId = empty, submissionIds = new[] { 1 } }), HttpStatusCode.BadRequest, "submissionIds go with exerciseId");
        Assert.Equal(HttpStatusCode.BadRequest, (await ta.PostAsJsonAsync("/rejudges", new { assignmentId = "../hw1" })).StatusCode);
        await RefusedAsync(await ta.PostAsJsonAsync("/rejudges", new { assignmentId = empty }), HttpStatusCode.Conflict, "No student has a graded submission");
        Assert.Equal(HttpStatusCode.Forbidden, (await student.PostAsJsonAsync("/rejudges", new { assignmentId = empty })).StatusCode);
    }

    private static async Task<string> CreateAsync(HttpClient instructor, DateTimeOffset opens)
    {
        var id = Assignments.NewId();
        var response = await instructor.PostAsJsonAsync("/assignments", new
        {
            id,
            title = new { en = "Far future", zhTW = "遙遠的未來" },
            exercises = new[] { new { exerciseId = "cumsum", points = 10 }, new { exerciseId = "sum-keepdims", points = 5 } },
            opensAt = opens,
            dueAt = opens.AddDays(30),
            counts = "best",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    private static async Task RefusedAsync(HttpResponseMessage response, HttpStatusCode status, string detail) =>
        Assert.Contains(detail, await Problem.AssertAsync(response, status), StringComparison.Ordinal);
}
