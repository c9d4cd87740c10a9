using System.ComponentModel.DataAnnotations;
using Grader.Api.Data;
using Grader.Api.Review;
using Grader.Exercises.Grading;

namespace Grader.Api.Rejudges;

/// <summary>
/// Which submissions of one exercise to grade again: every graded one (neither list nor verdict), the ones listed, or
/// those with one verdict. One submission's rejudge is a list of one.
/// </summary>
/// <param name="ExerciseId">The exercise, e.g. cumsum.</param>
/// <param name="SubmissionIds">Only these submissions (each of that exercise, and graded).</param>
/// <param name="Verdict">Only the graded submissions with this verdict, e.g. internal_error.</param>
/// <param name="Reason">Why (a fixed reference, a new case): kept with the rejudge and in the audit trail.</param>
public sealed record CreateRejudgeRequest(
    [property: Required, RegularExpression(Http.Slugs.Pattern)] string ExerciseId,
    long[]? SubmissionIds,
    Verdict? Verdict,
    [property: StringLength(Rejudge.ReasonLength), RegularExpression(TextRules.NoNul, ErrorMessage = TextRules.NoNulMessage)] string? Reason);
