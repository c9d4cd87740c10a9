using System.ComponentModel.DataAnnotations;
using Grader.Api.Data;
using Grader.Api.Submissions;

namespace Grader.Api.Review;

/// <param name="Line">The line of the student's code it is about, from 1; leave out for the whole submission.</param>
/// <param name="Body">Markdown.</param>
/// <param name="Private">A note for staff only: students never see it (TAs and instructors only).</param>
public sealed record CommentRequest(
    [property: Range(1, int.MaxValue)] int? Line,
    [property: Required, StringLength(SubmissionComment.BodyLength, MinimumLength = 1), RegularExpression(TextRules.NoNul, ErrorMessage = TextRules.NoNulMessage)] string Body,
    bool Private = false);

/// <param name="Line">The line of the code it is about, from 1 (null: the whole submission).</param>
/// <param name="Body">Markdown, as written.</param>
/// <param name="Private">Staff only (students never get one).</param>
public sealed record CommentResponse(long Id, long SubmissionId, int? Line, string Body, bool Private, SubmissionOwner Author, DateTime CreatedAt, DateTime? EditedAt);

internal sealed record CommentSnapshot(int? Line, string Body, bool Private);

internal static class CommentMapping
{
    public static CommentResponse AsResponse(this SubmissionComment comment) =>
        new(comment.Id, comment.SubmissionId, comment.Line, comment.Body, comment.Private, comment.Author.AsOwner(), comment.CreatedAt, comment.EditedAt);

    public static CommentSnapshot Snapshot(this SubmissionComment comment) => new(comment.Line, comment.Body, comment.Private);

    /// <summary>The number of lines of a snippet, as an editor numbers them (a final line break starts no new line).</summary>
    public static int LineCount(string code)
    {
        var breaks = code.Count(c => c == '\n');
        return Math.Max(1, code.EndsWith('\n') ? breaks : breaks + 1);
    }
}
