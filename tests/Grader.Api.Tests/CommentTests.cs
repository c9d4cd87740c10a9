using System.Net;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.Review;
using Grader.Api.Submissions;

namespace Grader.Api.Tests;

/// <summary>Comments on a submission: who may write, edit and read them, and that a private note never reaches a student.</summary>
[Collection(ApiCollection.Name)]
public sealed class CommentTests(SharedApi api)
{
    private const string PrivateNote = "Looks copied from s1002: same odd spacing. Check before grading.";

    [Fact]
    public async Task A_student_sees_the_TAs_comments_with_author_line_and_time_but_never_a_private_note_on_any_endpoint()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, taName, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);

        var open = await Comment(ta, submission.Id, new { line = 3, body = "`sum(dim: 0)` drops the axis: add `keepdim: true`." });
        var note = await Comment(ta, submission.Id, new { body = PrivateNote, @private = true });
        await Reviews.ChangedAsync(ta, submission.Id, new { adjustment = 1, reason = "Right idea." });
        await ta.PutAsJsonAsync($"/submissions/{submission.Id}/comments/{note.Id}", new { body = PrivateNote + " Checked: it is.", @private = true });

        var asStudent = await student.GetFromJsonAsync<SubmissionResponse>($"/submissions/{submission.Id}", Json.Options);
        var asTa = await ta.GetFromJsonAsync<SubmissionResponse>($"/submissions/{submission.Id}", Json.Options);
        Assert.Equal((open.Id, 3, taName), (asStudent!.Comments.Single().Id, asStudent.Comments.Single().Line!.Value, asStudent.Comments.Single().Author.UserName));
        Assert.True(asStudent.Comments.Single().CreatedAt > DateTime.UtcNow.AddMinutes(-5));
        Assert.Equal(2, asTa!.Comments.Count);

        // Every endpoint a student may call about this submission, read as raw text: the note is nowhere.
        string[] paths = [$"/submissions/{submission.Id}", $"/submissions/{submission.Id}/comments", $"/submissions/{submission.Id}/history",
            $"/submissions/{submission.Id}/grade", "/submissions", $"/submissions/{submission.Id}/comments/{note.Id}"];
        foreach (var path in paths)
        {
            var text = await (await student.GetAsync(path)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("copied", text, StringComparison.Ordinal);
        }

        await Problem.AssertAsync(await student.GetAsync($"/submissions/{submission.Id}/comments/{note.Id}"), HttpStatusCode.NotFound);
        var history = await student.GetFromJsonAsync<List<AuditEventResponse>>($"/submissions/{submission.Id}/history", Json.Options);
        Assert.Equal(AuditKind.GradeChanged, Assert.Single(history!).Kind);
        var staffHistory = await ta.GetFromJsonAsync<List<AuditEventResponse>>($"/submissions/{submission.Id}/history", Json.Options);
        Assert.Equal(new[] { AuditKind.CommentAdded, AuditKind.CommentAdded, AuditKind.GradeChanged, AuditKind.CommentEdited }, staffHistory!.Select(e => e.Kind));
    }

    [Fact]
    public async Task Another_student_can_neither_read_nor_comment_on_a_submission_nor_read_its_history()
    {
        var (alice, _, _) = await api.NewUserAsync();
        var (mallory, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(alice, Submit.KeepdimMissing);
        var comment = await Comment(ta, submission.Id, new { body = "Well structured." });
        await Reviews.ChangedAsync(ta, submission.Id, new { adjustment = 1, reason = "Right idea." });

        await Problem.AssertAsync(await mallory.GetAsync($"/submissions/{submission.Id}/comments"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await mallory.GetAsync($"/submissions/{submission.Id}/comments/{comment.Id}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await mallory.GetAsync($"/submissions/{submission.Id}/history"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await mallory.GetAsync($"/submissions/{submission.Id}/grade"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await mallory.PostAsJsonAsync($"/submissions/{submission.Id}/comments", new { body = "lol" }), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await mallory.PutAsJsonAsync($"/submissions/{submission.Id}/comments/{comment.Id}", new { body = "lol" }), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await mallory.DeleteAsync($"/submissions/{submission.Id}/comments/{comment.Id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_its_author_may_edit_or_delete_a_comment_and_the_history_keeps_what_it_said()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (author, _, _) = await api.NewUserAsync("ta");
        var (colleague, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var comment = await Comment(author, submission.Id, new { line = 1, body = "Nice." });

        await Problem.AssertAsync(await colleague.PutAsJsonAsync($"/submissions/{submission.Id}/comments/{comment.Id}", new { body = "Mine now." }), HttpStatusCode.Forbidden, "Not your comment");
        await Problem.AssertAsync(await colleague.DeleteAsync($"/submissions/{submission.Id}/comments/{comment.Id}"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await student.PutAsJsonAsync($"/submissions/{submission.Id}/comments/{comment.Id}", new { body = "Perfect." }), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await student.DeleteAsync($"/submissions/{submission.Id}/comments/{comment.Id}"), HttpStatusCode.Forbidden);
        var edited = await author.PutAsJsonAsync($"/submissions/{submission.Id}/comments/{comment.Id}", new { line = 2, body = "Nice and short." });
        var deleted = await author.DeleteAsync($"/submissions/{submission.Id}/comments/{comment.Id}");

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.NotNull((await edited.Content.ReadFromJsonAsync<CommentResponse>(Json.Options))!.EditedAt);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await student.GetFromJsonAsync<SubmissionResponse>($"/submissions/{submission.Id}", Json.Options))!.Comments);
        var history = await author.GetFromJsonAsync<List<AuditEventResponse>>($"/submissions/{submission.Id}/history", Json.Options);
        Assert.Equal(new[] { AuditKind.CommentAdded, AuditKind.CommentEdited, AuditKind.CommentDeleted }, history!.Select(e => e.Kind));
        Assert.Equal("Nice.", history![1].Before!.Value.GetProperty("body").GetString());
        Assert.Equal("Nice and short.", history[2].Before!.Value.GetProperty("body").GetString());
        Assert.Null(history[2].After);
        Assert.All(history, e => Assert.Equal(comment.Id, e.CommentId));
    }

    [Fact]
    public async Task A_student_may_answer_on_their_own_submission_but_not_privately()
    {
        var (student, name, _) = await api.NewUserAsync();
        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);

        var reply = await Comment(student, submission.Id, new { body = "I thought `sum` kept the axis, as NumPy's `keepdims` default?" });
        var hidden = await student.PostAsJsonAsync($"/submissions/{submission.Id}/comments", new { body = "secret", @private = true });

        Assert.Equal(name, reply.Author.UserName);
        await Problem.AssertAsync(hidden, HttpStatusCode.Forbidden, "staff");
    }

    [Theory]
    [InlineData("{\"line\": 0, \"body\": \"x\"}", null)]
    [InlineData("{\"line\": 5, \"body\": \"x\"}", "has 4 lines")]
    [InlineData("{\"body\": \"\"}", null)]
    [InlineData("{\"body\": \"   \\n \"}", null)]
    [InlineData("{\"line\": 1}", null)]
    [InlineData("{\"body\": \"a\\u0000b\"}", null)]
    public async Task A_comment_on_a_line_the_code_does_not_have_or_without_a_body_is_400(string body, string? expected)
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum); // four lines

        var response = await ta.PostAsync($"/submissions/{submission.Id}/comments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var detail = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        if (expected is not null)
        {
            Assert.Contains(expected, detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_comment_longer_than_the_limit_is_400_and_one_at_the_limit_with_a_last_line_is_kept()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);

        var tooLong = await ta.PostAsJsonAsync($"/submissions/{submission.Id}/comments", new { body = new string('x', SubmissionComment.BodyLength + 1) });
        var atLimit = await Comment(ta, submission.Id, new { line = 4, body = new string('x', SubmissionComment.BodyLength) });

        await Problem.AssertAsync(tooLong, HttpStatusCode.BadRequest);
        Assert.Equal(4, atLimit.Line);
    }

    private static async Task<CommentResponse> Comment(HttpClient client, long submissionId, object body)
    {
        var response = await client.PostAsJsonAsync($"/submissions/{submissionId}/comments", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CommentResponse>(Json.Options))!;
    }
}
