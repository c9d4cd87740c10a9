using Grader.Api.Data;
using Grader.Api.Similarity;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages.Review;

/// <summary>
/// An exercise's similarity report: the latest run's pairs above a threshold, and for instructors the button that
/// starts a run. Through the API's handlers, so the same rules hold (a TA reads, only an instructor runs).
/// </summary>
public sealed class SimilarityModel(GraderDb db, ExerciseCatalog catalog, SharedCode sharedCode, TimeProvider clock) : GraderPageModel
{
    public string ExerciseId { get; private set; } = "";

    public string ExerciseTitle { get; private set; } = "";

    public string? AssignmentId { get; private set; }

    public double Threshold { get; private set; } = SimilarityApi.DefaultThreshold;

    public SimilarityReport? Report { get; private set; }

    public bool MayRun => User.IsInRole(nameof(Role.Instructor));

    public static IReadOnlyList<double> Thresholds { get; } = [0.25, 0.5, 0.75, 0.9];

    public async Task<IActionResult> OnGetAsync(string exerciseId, string? assignmentId, double? threshold, CancellationToken cancellationToken)
    {
        if (!Load(exerciseId, assignmentId))
        {
            return NotFound();
        }

        Threshold = threshold ?? SimilarityApi.DefaultThreshold;
        var result = await SimilarityApi.Get(exerciseId, HttpContext, db, catalog, cancellationToken, AssignmentId, Threshold);
        if (result.Result is Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult { StatusCode: StatusCodes.Status400BadRequest })
        {
            return BadRequest();
        }

        Report = result.Result.OkValue<SimilarityReport>();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string exerciseId, string? assignmentId, CancellationToken cancellationToken)
    {
        if (!MayRun)
        {
            return Forbid();
        }

        if (!Load(exerciseId, assignmentId))
        {
            return NotFound();
        }

        var result = await SimilarityApi.Run(exerciseId, HttpContext, db, catalog, sharedCode, clock, cancellationToken, AssignmentId);
        return result.Result is Microsoft.AspNetCore.Http.HttpResults.Created<SimilarityReport>
            ? Redirect($"/app/review/similarity/{Uri.EscapeDataString(exerciseId)}{Query}")
            : BadRequest();
    }

    public string Query => AssignmentId is null ? "" : $"?assignmentId={Uri.EscapeDataString(AssignmentId)}";

    private bool Load(string exerciseId, string? assignmentId)
    {
        if (catalog.Find(exerciseId) is not { } exercise)
        {
            return false;
        }

        ExerciseId = exercise.Id;
        ExerciseTitle = exercise.Title.In(Lang);
        AssignmentId = string.IsNullOrEmpty(assignmentId) ? null : assignmentId;
        return true;
    }
}
