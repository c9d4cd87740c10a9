using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Pages.Staff;
using Grader.Api.Pages.Text;
using Grader.Api.RegradeRequests;
using Grader.Api.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Grader.Api.Pages.Review;

/// <summary>One regrade request: the student's message, the grade as it stands, and the TA's answer with an optional grade change.</summary>
public sealed class RegradeModel(GraderDb db, TimeProvider clock) : GraderPageModel
{
    public RegradeRequestResponse? Regrade { get; private set; }

    public GradeResponse? Grade { get; private set; }

    public Refusal? Refusal { get; private set; }

    public bool Answered { get; private set; }

    [BindProperty]
    public string? Answer { get; set; }

    /// <summary>keep, adjust or override.</summary>
    [BindProperty]
    public string Change { get; set; } = "keep";

    [BindProperty]
    public string? Points { get; set; }

    [BindProperty]
    public string? GradeReason { get; set; }

    /// <summary>The grade's ETag when the page was shown: a grade changed since is not overwritten.</summary>
    [BindProperty]
    public string? GradeTag { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var posted = GradeTag;
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (request, invalid) = Build();
        Refusal = invalid ?? Refusal.Validate(request, request?.Grade);
        if (Refusal is null)
        {
            var tags = EntityTagHeaderValue.TryParse(posted, out var tag) ? new List<EntityTagHeaderValue> { tag } : [];
            var (result, _) = await RegradeResolution.ResolveAsync(id, request!, tags, User.UserId(), Lang, db, clock, cancellationToken);
            Refusal = Refusal.From(result.Result);
            Answered = Refusal is null;
            await LoadAsync(id, cancellationToken);
        }

        if (Refusal is not null)
        {
            Response.StatusCode = Refusal.Status;
        }

        return Page();
    }

    private (ResolveRegradeRequest? Request, Refusal? Invalid) Build()
    {
        if (Change == "keep")
        {
            return (new ResolveRegradeRequest(Answer?.Trim() ?? "", null), null);
        }

        if (!int.TryParse(Points, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var points)
            || Change is not ("adjust" or "override"))
        {
            return (null, Refusal.Invalid(ReviewListText.PointsNeeded));
        }

        var grade = new GradeChangeRequest(Change == "adjust" ? points : null, Change == "override" ? points : null, GradeReason?.Trim() ?? "");
        return (new ResolveRegradeRequest(Answer?.Trim() ?? "", grade), null);
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        Regrade = (await RegradeRequestsApi.Get(id, HttpContext, db, cancellationToken)).Result.Value<RegradeRequestResponse>();
        if (Regrade is null)
        {
            return false;
        }

        var submission = await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == Regrade.SubmissionId, cancellationToken);
        Grade = submission.AsGrade();
        GradeTag = ETags.For(Grade); // the grade this page now shows is the one a decision is based on

        return true;
    }
}
