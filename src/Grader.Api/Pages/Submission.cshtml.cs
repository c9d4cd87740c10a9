using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Exercises;
using Grader.Api.Grading;
using Grader.Api.Review;
using Grader.Api.Submissions;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Grader.Api.Pages;

/// <summary>
/// One submission: for its student, the result, the code, the grade and the comments meant for them; for TAs and
/// instructors the review view (staff-only fields, line comments, the grade's layers with a change form, history).
/// Everything comes from the JSON API's handlers, so a student gets exactly what the API would give them: another
/// student's submission is the same 404 as one that does not exist.
/// </summary>
public sealed class SubmissionModel(GraderDb db, ExerciseCatalog catalog, IOptions<GradingOptions> grading, TimeProvider clock) : GraderPageModel
{
    public SubmissionResponse Submission { get; private set; } = null!;

    public string ExerciseTitle { get; private set; } = "";

    public IReadOnlyList<AuditEventResponse> History { get; private set; } = [];

    public string GradeETag => ETags.For(Submission.Grade);

    public IReadOnlyList<string> CodeLines => Submission.Code.TrimEnd('\n').Split('\n');

    public ResultView Result => new(Submission, Lang, IsStaff);

    public async Task<IActionResult> OnGetAsync(long submissionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(submissionId, cancellationToken))
        {
            return NotFound();
        }

        var history = await AuditApi.History(submissionId, HttpContext, db, cancellationToken);
        History = history.Result.OkValue<List<AuditEventResponse>>() ?? [];
        return Page();
    }

    /// <summary>The result alone (the exercise page's script shows it without reloading).</summary>
    public async Task<IActionResult> OnGetResultAsync(long submissionId, CancellationToken cancellationToken) =>
        await LoadAsync(submissionId, cancellationToken) ? Partial("_Result", Result) : NotFound();

    /// <summary>A comment's Markdown, through the same sanitizer as the exercises' descriptions.</summary>
    public static string CommentHtml(string markdown) => DescriptionHtml.Render(markdown);

    private async Task<bool> LoadAsync(long submissionId, CancellationToken cancellationToken)
    {
        var signals = HttpContext.RequestServices.GetRequiredService<SubmissionSignals>();
        var response = await SubmissionsApi.Get(submissionId, HttpContext, db, signals, grading, clock, cancellationToken);
        Response.Headers.ETag = default; // the API's grade ETag means nothing on a page
        if (response.Result.OkValue<SubmissionResponse>() is not { } submission)
        {
            return false;
        }

        Submission = submission;
        ExerciseTitle = catalog.Find(submission.ExerciseId)?.Title.In(Lang) ?? submission.ExerciseId;
        return true;
    }
}
