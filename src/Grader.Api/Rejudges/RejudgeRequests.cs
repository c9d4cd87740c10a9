using System.ComponentModel.DataAnnotations;
using Grader.Api.Data;
using Grader.Api.Review;
using Grader.Exercises.Grading;

namespace Grader.Api.Rejudges;

/// <summary>
/// Which submissions to grade again: of one exercise (exerciseId) every graded one (neither list nor verdict), the
/// ones listed, or those with one verdict; or of an assignment (assignmentId) every submission its gradebook weighs,
/// across all its exercises, optionally only those with one verdict. One submission's rejudge is a list of one.
/// </summary>
/// <param name="ExerciseId">The exercise, e.g. cumsum (or give assignmentId).</param>
/// <param name="SubmissionIds">Only these submissions (each of that exercise, and graded).</param>
/// <param name="Verdict">Only the graded submissions with this verdict, e.g. internal_error.</param>
/// <param name="Reason">Why (a fixed reference, a new case): kept with the rejudge and in the audit trail.</param>
/// <param name="AssignmentId">
/// Instead of exerciseId: every exercise of this assignment, e.g. hw1. Its students' graded submissions of those
/// exercises made since the assignment opened, and any submission pinned for it from before: every submission its
/// gradebook can count (under "best", a rejudge may change which one counts). Practice from before it opened and
/// staff's own submissions are left out.
/// </param>
public sealed record CreateRejudgeRequest(
    [property: RegularExpression(Http.Slugs.Pattern)] string? ExerciseId,
    long[]? SubmissionIds,
    Verdict? Verdict,
    [property: StringLength(Rejudge.ReasonLength), RegularExpression(TextRules.NoNul, ErrorMessage = TextRules.NoNulMessage)] string? Reason,
    [property: StringLength(Assignment.IdLength), RegularExpression(Http.Slugs.Pattern)] string? AssignmentId = null);
