using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Exercises;
using Grader.Api.Grading;
using Grader.Api.Pages.Staff;
using Grader.Api.Pages.Student;
using Grader.Api.RegradeRequests;
using Grader.Api.Review;
using Grader.Api.Submissions;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
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

    /// <summary>The regrade form's fields (<see cref="OnPostRegradeAsync"/>).</summary>
    [BindProperty]
    public string? RegradeMessage { get; set; }

    /// <summary>Empty for the whole submission, else a case's index from 0.</summary>
    [BindProperty]
    public string? RegradeCase { get; set; }

    /// <summary>Why the regrade form was not carried out, in the page's language.</summary>
    public string? RegradeRefusal { get; private set; }

    public bool RegradeSent => Request.Query.ContainsKey("asked");

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

    /// <summary>
    /// The student asks for a regrade (POST /submissions/{id}/regrade-requests's handler: only their own graded
    /// submission, one open request at a time). Someone else's submission is the same 404 as the page's.
    /// </summary>
    public async Task<IActionResult> OnPostRegradeAsync(long submissionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(submissionId, cancellationToken))
        {
            return NotFound();
        }

        var (body, invalid) = RegradeForm.Build(RegradeMessage, RegradeCase);
        var status = StatusCodes.Status400BadRequest;
        RegradeRefusal = invalid is null ? null : T(invalid);
        if (body is not null)
        {
            var result = (await RegradeRequestsApi.Create(submissionId, body, HttpContext, db, clock, cancellationToken)).Result;
            if (result is ProblemHttpResult problem)
            {
                // The handler's refusal carries both languages; the page shows the page's.
                var refusal = Refusal.Of(problem);
                (RegradeRefusal, status) = (refusal.Detail is { } detail ? T(detail) : T(refusal.Summary), problem.StatusCode);
            }
            else
            {
                return Redirect($"/app/submissions/{submissionId}?asked=1#regrades");
            }
        }

        var page = await OnGetAsync(submissionId, cancellationToken);
        Response.StatusCode = status;
        return page;
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
