using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Grader.Api.Assignments;
using Grader.Api.Data;
using Grader.Api.Review;

namespace Grader.Api.Tests;

/// <summary>Which submission counts (last, best, a TA's pin), what it earns, and the gradebook as JSON and CSV.</summary>
[Collection(ApiCollection.Name)]
public sealed class GradebookTests(SharedApi api)
{
    [Fact]
    public async Task Last_counts_the_last_submission_best_the_best_and_a_TAs_pin_overrides_both_with_the_TAs_adjustment_applied()
    {
        var instructor = api.Instructor();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var (student, name, studentId) = await api.NewUserAsync();
        var last = await Assignments.CreateAsync(instructor, "last");
        var best = await Assignments.CreateAsync(instructor, "best");
        var due = Assignments.Due;
        var good = await Assignments.SubmitAtAsync(api, student, Submit.HonestCumsum, due.AddDays(-3));
        var wrong = await Assignments.SubmitAtAsync(api, student, Submit.KeepdimMissing, due.AddDays(-2));
        await Assignments.SubmitAtAsync(api, student, Submit.HonestCumsum, due.AddDays(-30), "sum-keepdims"); // practice, before the assignment opened
        await Reviews.ChangedAsync(ta, wrong, new { adjustment = 2, reason = "The cumulative sum is right." });

        var lastRow = Assignments.Row(await Assignments.GradebookAsync(ta, last), name);
        var lastCell = lastRow.Exercises[0];
        var bestCell = Assignments.Row(await Assignments.GradebookAsync(ta, best), name).Exercises[0];
        var pinned = await ta.PutAsJsonAsync($"/assignments/{best}/pins/{studentId}/cumsum", new { submissionId = wrong, reason = "Asked to be graded on the final version." });
        var pinnedCell = Assignments.Row(await Assignments.GradebookAsync(ta, best), name).Exercises[0];
        var unpinned = await ta.PutAsJsonAsync($"/assignments/{best}/pins/{studentId}/cumsum", new { submissionId = (long?)null, reason = "Mistake." });
        var unpinnedCell = Assignments.Row(await Assignments.GradebookAsync(ta, best), name).Exercises[0];

        Assert.Equal((wrong, 0, 2, 2, 4m, false), (lastCell.SubmissionId!.Value, lastCell.Auto!.Value, lastCell.Adjustment!.Value, lastCell.Final!.Value, lastCell.Score, lastCell.Pinned));
        Assert.Equal((good, 5, 10m), (bestCell.SubmissionId!.Value, bestCell.Final!.Value, bestCell.Score));
        Assert.Equal(HttpStatusCode.OK, pinned.StatusCode);
        Assert.Equal((wrong, true, 4m), (pinnedCell.SubmissionId!.Value, pinnedCell.Pinned, pinnedCell.Score));
        Assert.Equal(HttpStatusCode.OK, unpinned.StatusCode);
        Assert.Equal((good, false), (unpinnedCell.SubmissionId!.Value, unpinnedCell.Pinned));
        Assert.Null(lastRow.Exercises[1].SubmissionId);
        Assert.Equal(4m, lastRow.Total);
        var audit = await instructor.GetFromJsonAsync<AuditPage>($"/audit?assignmentId={best}", Json.Options);
        Assert.Equal(new[] { AuditKind.SubmissionPinned, AuditKind.SubmissionPinned }, audit!.Items.Select(i => i.Kind));
        Assert.Equal(wrong, audit.Items[0].Before!.Value.GetProperty("submissionId").GetInt64());
        Assert.Null(audit.Items[0].After);
    }

    [Fact]
    public async Task A_pin_must_name_a_graded_submission_of_that_student_and_exercise()
    {
        var (ta, _, _) = await api.NewUserAsync("ta");
        var (alice, _, aliceId) = await api.NewUserAsync();
        var (bob, _, _) = await api.NewUserAsync();
        var id = await Assignments.CreateAsync(api.Instructor());
        var bobs = (await Submit.GradedAsync(bob, Submit.HonestCumsum)).Id;
        var alices = (await Submit.GradedAsync(alice, Submit.HonestCumsum)).Id;

        await Problem.AssertAsync(await ta.PutAsJsonAsync($"/assignments/{id}/pins/{aliceId}/cumsum", new { submissionId = bobs, reason = "x" }), HttpStatusCode.BadRequest, "Bad pin");
        await Problem.AssertAsync(await ta.PutAsJsonAsync($"/assignments/{id}/pins/{aliceId}/sum-keepdims", new { submissionId = alices, reason = "x" }), HttpStatusCode.BadRequest, "Bad pin");
        await Problem.AssertAsync(await ta.PutAsJsonAsync($"/assignments/{id}/pins/{aliceId}/dot-product", new { submissionId = alices, reason = "x" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_student_gets_only_their_own_row_as_json_and_as_csv()
    {
        var (alice, aliceName, _) = await api.NewUserAsync();
        var (bob, bobName, _) = await api.NewUserAsync();
        var id = await Assignments.CreateAsync(api.Instructor());
        await Assignments.SubmitAtAsync(api, alice, Submit.HonestCumsum, Assignments.Due.AddDays(-1));
        await Assignments.SubmitAtAsync(api, bob, Submit.HonestCumsum, Assignments.Due.AddDays(-1));

        var json = await Assignments.GradebookAsync(alice, id);
        var csv = await alice.GetStringAsync($"/assignments/{id}/gradebook?format=csv");
        var staff = await Assignments.GradebookAsync(api.Instructor(), id);

        Assert.Equal(aliceName, Assert.Single(json.Rows).Student.UserName);
        Assert.Equal(10m, json.Rows[0].Total);
        Assert.Equal(3, Lines(csv).Length);
        Assert.StartsWith(aliceName + ",", Lines(csv)[2], StringComparison.Ordinal);
        Assert.DoesNotContain(bobName, csv, StringComparison.Ordinal);
        Assert.Contains(staff.Rows, r => r.Student.UserName == bobName);
    }

    [Fact]
    public async Task The_csv_has_the_points_row_invariant_numbers_rfc4180_quoting_and_no_formula_a_spreadsheet_would_run()
    {
        var instructor = api.Instructor();
        var id = await Assignments.CreateAsync(instructor, lateCreditPercent: 75);
        var (formula, formulaName) = await StudentNamed("=HYPERLINK(\"http://evil.example\",\"click\")");
        var (quoted, quotedName) = await StudentNamed("Chen, Mei-Ling \"May\"");
        var (chinese, chineseName) = await StudentNamed("王小明");
        var (_, plusName) = await StudentNamed("+886 912 345 678");
        var (_, atName) = await StudentNamed("@SUM(A1:A9)");
        var (_, minusName) = await StudentNamed("-2+3");
        await Assignments.SubmitAtAsync(api, formula, Submit.HonestCumsum, Assignments.Due.AddHours(1)); // late: 75 % of 10
        await Assignments.SubmitAtAsync(api, quoted, Submit.HonestCumsum, Assignments.Due.AddHours(-1));
        await Assignments.SubmitAtAsync(api, chinese, Submit.KeepdimMissing, Assignments.Due.AddHours(-1));

        var request = new HttpRequestMessage(HttpMethod.Get, $"/assignments/{id}/gradebook");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await instructor.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var lines = Lines(text);
        Assert.Equal("userName,displayName,cumsum,sum-keepdims,total", lines[0]);
        Assert.Equal("Points Possible,,10,5,15", lines[1]);
        Assert.Contains($"{formulaName},\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",7.5,,7.5", lines);
        Assert.Contains($"{quotedName},\"Chen, Mei-Ling \"\"May\"\"\",10,,10", lines);
        Assert.Contains($"{chineseName},王小明,0,,0", lines);
        Assert.Contains($"{plusName},'+886 912 345 678,,,0", lines);
        Assert.Contains($"{atName},'@SUM(A1:A9),,,0", lines);
        Assert.Contains($"{minusName},'-2+3,,,0", lines);
        Assert.All(lines.Skip(2), line => Assert.DoesNotMatch("(^|,)\"?[=+@-]", line));
    }

    [Fact]
    public async Task An_unknown_format_is_400()
    {
        var id = await Assignments.CreateAsync(api.Instructor());

        await Problem.AssertAsync(await api.Instructor().GetAsync($"/assignments/{id}/gradebook?format=xlsx"), HttpStatusCode.BadRequest, "format");
    }

    private async Task<(HttpClient Client, string UserName)> StudentNamed(string displayName)
    {
        var (client, userName, id) = await api.NewUserAsync();
        var renamed = await api.Instructor().PatchAsJsonAsync($"/users/{id}", new { displayName });
        renamed.EnsureSuccessStatusCode();
        return (client, userName);
    }

    private static string[] Lines(string csv) => csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
}
