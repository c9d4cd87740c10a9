using Grader.Api.Data;
using Grader.Api.Pages.Staff;
using Grader.Api.Rejudges;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages.Review;

/// <summary>
/// One rejudge: its progress, old beside new per submission (lower scores and flags marked), apply or cancel. While it
/// runs, rejudge.js polls GET /rejudges/{id} and swaps in the items' table (<see cref="OnGetItemsAsync"/>).
/// </summary>
public sealed class RejudgeModel(GraderDb db, TimeProvider clock) : GraderPageModel
{
    public RejudgeResponse? Rejudge { get; private set; }

    public Refusal? Refusal { get; private set; }

    public bool Decided { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Rejudge = await RejudgeViews.LoadAsync(db, id, cancellationToken);
        return Rejudge is null ? NotFound() : Page();
    }

    /// <summary>The items' table alone: rejudge.js swaps it in while the rejudge runs.</summary>
    public async Task<IActionResult> OnGetItemsAsync(long id, CancellationToken cancellationToken)
    {
        Rejudge = await RejudgeViews.LoadAsync(db, id, cancellationToken);
        return Rejudge is null ? NotFound() : Partial("_RejudgeItems", this);
    }

    public Task<IActionResult> OnPostApplyAsync(long id, CancellationToken cancellationToken) =>
        DecideAsync(id, () => RejudgeDecisions.Apply(id, HttpContext, db, clock, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(long id, CancellationToken cancellationToken) =>
        DecideAsync(id, () => RejudgeDecisions.Cancel(id, HttpContext, db, clock, cancellationToken), cancellationToken);

    private async Task<IActionResult> DecideAsync(
        long id, Func<Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<RejudgeResponse>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>>> decide,
        CancellationToken cancellationToken)
    {
        var result = (await decide()).Result;
        Refusal = Refusal.From(result);
        Decided = Refusal is null;
        if (Refusal is not null)
        {
            Response.StatusCode = Refusal.Status;
        }

        return await OnGetAsync(id, cancellationToken);
    }
}
