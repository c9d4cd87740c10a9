using System.ComponentModel.DataAnnotations;
using Grader.Api.Data;

namespace Grader.Api.Review;

/// <summary>
/// The TA's layer of a grade, replaced as a whole: an adjustment, or an override, or neither (clearing it), always with
/// a reason. Send the grade's ETag in If-Match.
/// </summary>
/// <param name="Adjustment">Points added to (or, negative, taken from) the autograder's score.</param>
/// <param name="Override">The final score, whatever the autograder gave.</param>
/// <param name="Reason">Why: the student sees it, and the audit trail keeps it.</param>
public sealed record GradeChangeRequest(
    int? Adjustment,
    int? Override,
    [property: Required, StringLength(GradeLayers.ReasonLength, MinimumLength = 1), RegularExpression(TextRules.NoNul, ErrorMessage = TextRules.NoNulMessage)] string Reason);

/// <summary>A grade as its layers: the autograder's score, the TA's adjustment or override, and the final score.</summary>
/// <param name="Auto">The autograder's score (null until graded); a rejudge replaces only this.</param>
/// <param name="Adjustment">± points from a TA, added to the autograder's score.</param>
/// <param name="Override">A final score set by a TA, whatever the autograder gave.</param>
/// <param name="Reason">The TA's reason for the adjustment or override.</param>
/// <param name="Final">What counts: the override, else the autograder's score plus the adjustment, kept within 0 and the maximum.</param>
/// <param name="Version">Counts the TA changes (0: none); the grade's ETag is made of it.</param>
public sealed record GradeResponse(
    long SubmissionId,
    int? Auto,
    int? Adjustment,
    int? Override,
    string? Reason,
    int? Final,
    int? MaxScore,
    int Version,
    DateTime? ChangedAt);

internal static class TextRules
{
    /// <summary>PostgreSQL cannot store NUL in text; line breaks and tabs are welcome in Markdown.</summary>
    public const string NoNul = "^[^\\x00]*$";

    public const string NoNulMessage = "The field {0} must not contain NUL characters.";
}
