using Grader.Api.Data;
using Grader.Api.Grading;
using Grader.Api.Http;
using Grader.Api.Pages.Staff;
using Grader.Api.Pages.Text;
using Grader.Api.Rejudges;
using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages.Review;

/// <summary>Rejudges, newest first, and the form that starts one (POST /rejudges's choices: all, a verdict, or ids).</summary>
public sealed class RejudgesModel(GraderDb db, ExerciseCatalog catalog, TimeProvider clock) : GraderPageModel
{
    public IReadOnlyList<RejudgeResponse> Rejudges { get; private set; } = [];

    public IReadOnlyList<Exercise> Exercises => [.. catalog.Exercises.OrderBy(e => e.Order)];

    public IReadOnlyList<Assignments.AssignmentResponse> Assignments { get; private set; } = [];

    public Refusal? Refusal { get; private set; }

    [BindProperty]
    public string? Exercise { get; set; }

    /// <summary>all, verdict or ids (of the exercise), or assignment.</summary>
    [BindProperty]
    public string Which { get; set; } = "all";

    [BindProperty]
    public string? Verdict { get; set; }

    [BindProperty]
    public string? Ids { get; set; }

    [BindProperty]
    public string? Assignment { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rejudges = await RejudgeViews.ListAsync(db, null, cancellationToken);
        Assignments = (await Grader.Api.Assignments.AssignmentsApi.List(HttpContext, db, catalog, cancellationToken)).Value ?? [];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (request, invalid) = Build();
        Refusal = invalid ?? Refusal.Validate(request);
        if (Refusal is null)
        {
            var signals = HttpContext.RequestServices.GetRequiredService<SubmissionSignals>();
            var result = (await RejudgesApi.Create(request!, HttpContext, db, catalog, signals, clock, cancellationToken)).Result;
            if (result.Value<RejudgeResponse>() is { } created)
            {
                return Redirect($"/app/review/rejudges/{created.Id}");
            }

            Refusal = Refusal.From(result);
        }

        Response.StatusCode = Refusal!.Status;
        await OnGetAsync(cancellationToken);
        return Page();
    }

    private (CreateRejudgeRequest? Request, Refusal? Invalid) Build()
    {
        var exercise = Exercise?.Trim() ?? "";
        var reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason;
        switch (Which)
        {
            case "verdict" when Verdict is not null && QueryEnum.TryParse<Verdict>(Verdict, out var verdict):
                return (new CreateRejudgeRequest(exercise, null, verdict, reason), null);
            case "ids":
                var parts = (Ids ?? "").Split([',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
                var ids = new List<long>();
                foreach (var part in parts)
                {
                    if (!long.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
                    {
                        return (null, Refusal.Invalid(ReviewListText.BadIds));
                    }

                    ids.Add(id);
                }

                return ids.Count == 0 ? (null, Refusal.Invalid(ReviewListText.BadIds)) : (new CreateRejudgeRequest(exercise, [.. ids], null, reason), null);
            case "all":
                return (new CreateRejudgeRequest(exercise, null, null, reason), null);
            case "assignment" when !string.IsNullOrWhiteSpace(Assignment):
                return (new CreateRejudgeRequest(null, null, null, reason, Assignment.Trim()), null);
            case "assignment":
                return (null, Refusal.Invalid(ReviewListText.NoAssignment));
            default:
                return (null, Refusal.Invalid(StaffText.BadInput));
        }
    }
}
