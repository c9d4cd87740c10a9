using System.Linq.Expressions;
using Grader.Api.Assignments;
using Grader.Api.Data;
using Grader.Api.Grading;
using Grader.Api.RegradeRequests;
using Grader.Api.Review;
using Grader.Exercises.Grading;

namespace Grader.Api.Submissions;

/// <summary>
/// A submission and, once final, its grade in the requested language. Hidden cases carry only their name, verdict,
/// points and hint: never inputs, expected values or output.
/// </summary>
/// <param name="Attempt">The student's how-many-th submission of this exercise, from 1; each has hidden cases of its own.</param>
/// <param name="Status">queued → running → completed.</param>
/// <param name="Seed">The seed of this attempt's hidden cases (TAs and instructors only).</param>
/// <param name="Grade">The grade's layers: the autograder's score, a TA's adjustment or override, the final score.</param>
/// <param name="Comments">Comments, oldest first (staff's private notes for TAs and instructors only).</param>
/// <param name="Assignments">Each assignment holding this exercise (opened by the time of the submission): the student's own due date there and whether this submission was on time, late or too late.</param>
/// <param name="RegradeRequests">The student's regrade requests about this submission, oldest first, with their status and the TA's answer.</param>
/// <param name="RejudgeFlag">Set when an applied rejudge lowered the autograder's score below the final score a TA had reviewed, until a TA changes the grade again (TAs and instructors only).</param>
public sealed record SubmissionResponse(
    long Id,
    string ExerciseId,
    string CatalogVersion,
    SubmissionOwner Student,
    int Attempt,
    SubmissionStatus Status,
    DateTime SubmittedAt,
    DateTime? StartedAt,
    DateTime? CompletedAt,
    Verdict? Verdict,
    int? Score,
    int? MaxScore,
    string? Summary,
    IReadOnlyList<CaseResponse>? Cases,
    IReadOnlyList<DiagnosticResponse>? Diagnostics,
    IReadOnlyList<ForbiddenResponse>? Forbidden,
    SubmissionTimings Timings,
    int? Seed,
    string Code,
    GradeResponse Grade,
    IReadOnlyList<CommentResponse> Comments,
    IReadOnlyList<SubmissionLateness> Assignments,
    IReadOnlyList<RegradeRequestResponse> RegradeRequests,
    Rejudges.RejudgeFlagResponse? RejudgeFlag);

public sealed record SubmissionOwner(int Id, string UserName, string DisplayName);

/// <param name="Index">The case's place, from 0 (as in the exercise's case list).</param>
/// <param name="Number">The case's place, from 1: what messages and the summary call it ("Case 1").</param>
/// <param name="Input">The case's input (visible cases only).</param>
/// <param name="Expected">The expected result or output (visible cases only).</param>
/// <param name="Actual">What the snippet returned (visible cases only).</param>
/// <param name="Output">What the snippet printed (visible cases only).</param>
/// <param name="Misconception">The id of a recognised mistake, when one was.</param>
/// <param name="ElapsedMs">How long the case ran (visible cases; hidden ones for TAs and instructors only).</param>
public sealed record CaseResponse(
    int Index,
    int Number,
    string Name,
    bool Visible,
    Verdict Verdict,
    int Points,
    int MaxPoints,
    string? Message,
    string? Hint,
    string? Misconception,
    string? Input,
    string? Expected,
    string? Actual,
    string? Output,
    double? ElapsedMs);

/// <summary>A compiler message, located in the snippet (1-based line and column).</summary>
public sealed record DiagnosticResponse(string Id, string Severity, string Message, int? Line, int? Column, int? EndLine, int? EndColumn);

public sealed record ForbiddenResponse(string Api, string Reason, int Line, int Column);

/// <param name="QueuedMs">From submission until a grader took it.</param>
/// <param name="CompileMs">Compiling the snippet in the sandbox.</param>
/// <param name="RunMs">Running every case in the sandbox (TAs and instructors only).</param>
public sealed record SubmissionTimings(double? QueuedMs, double? CompileMs, double? RunMs);

/// <summary>A submission in a list (GET /submissions/{id} has the grade's details).</summary>
public sealed record SubmissionSummary(
    long Id,
    string ExerciseId,
    SubmissionOwner Student,
    int Attempt,
    SubmissionStatus Status,
    Verdict? Verdict,
    int? Score,
    int? MaxScore,
    DateTime SubmittedAt,
    DateTime? CompletedAt);

public sealed record SubmissionPage(IReadOnlyList<SubmissionSummary> Items, int Page, int PageSize, int TotalCount);

internal static class SubmissionMapping
{
    public static SubmissionOwner AsOwner(this User user) => new(user.Id, user.UserName, user.DisplayName);

    /// <summary>A list's columns only, selected in SQL: a list never loads code or reports.</summary>
    public static readonly Expression<Func<Submission, SubmissionSummary>> Summary = submission => new SubmissionSummary(
        submission.Id,
        submission.ExerciseId,
        new SubmissionOwner(submission.User.Id, submission.User.UserName, submission.User.DisplayName),
        submission.AttemptNumber,
        submission.Status,
        submission.Verdict,
        submission.Score,
        submission.MaxScore,
        submission.SubmittedAt,
        submission.CompletedAt);

    public static SubmissionResponse AsResponse(
        this Submission submission,
        string language,
        bool staff,
        IReadOnlyList<CommentResponse> comments,
        IReadOnlyList<SubmissionLateness> assignments,
        IReadOnlyList<RegradeRequestResponse> regrades)
    {
        var report = submission.Report is { } json ? ReportJson.Read(json) : null;
        return new SubmissionResponse(
            submission.Id,
            submission.ExerciseId,
            submission.CatalogVersion,
            submission.User.AsOwner(),
            submission.AttemptNumber,
            submission.Status,
            submission.SubmittedAt,
            submission.StartedAt,
            submission.CompletedAt,
            report?.Verdict,
            report?.Score,
            report?.MaxScore,
            report?.Summary.In(language),
            report?.Cases.Select(c => c.AsResponse(language, staff)).ToList(),
            report?.Diagnostics.Select(d => new DiagnosticResponse(
                d.Id, d.Severity, d.Message.In(language), d.Span?.Line, d.Span?.Column, d.Span?.EndLine, d.Span?.EndColumn)).ToList(),
            report?.Forbidden.Select(f => new ForbiddenResponse(f.Api, f.Reason.In(language), f.Span.Line, f.Span.Column)).ToList(),
            new SubmissionTimings(
                submission.StartedAt is { } started ? (started - submission.SubmittedAt).TotalMilliseconds : null,
                submission.CompileMs,
                staff ? submission.RunMs : null),
            staff ? submission.Seed : null,
            submission.Code,
            submission.AsGrade(),
            comments,
            assignments,
            regrades,
            staff && submission.RejudgeFlagId is { } rejudgeId ? new Rejudges.RejudgeFlagResponse(rejudgeId, submission.RejudgeFlagFinal) : null);
    }

    /// <remarks>
    /// Run times of hidden cases are kept from students: a snippet that waits in proportion to its input would turn
    /// them into the hidden data.
    /// </remarks>
    private static CaseResponse AsResponse(this CaseResult result, string language, bool staff) => new(
        result.Index,
        result.Index + 1,
        result.Name.In(language),
        result.Visible,
        result.Verdict,
        result.Points,
        result.MaxPoints,
        result.Message?.In(language),
        result.Hint?.In(language),
        result.Misconception,
        result.Input,
        result.Expected,
        result.Actual,
        result.Output,
        result.Visible || staff ? result.ElapsedMs : null);
}
