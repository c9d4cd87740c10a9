using Grader.Api.Analytics;
using Grader.Api.Data;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages.Review;

/// <summary>
/// One exercise's analytics: the summary, and each chart (the SVG endpoint, in the page's language) beside a table of
/// the same numbers for screen readers, with links to the example submissions.
/// </summary>
public sealed class ExerciseAnalyticsModel(GraderDb db, ExerciseCatalog catalog) : GraderPageModel
{
    public ExerciseAnalytics Analytics { get; private set; } = null!;

    public string? AssignmentId { get; private set; }

    internal IReadOnlyList<Chart> Charts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string exerciseId, string? assignmentId, CancellationToken cancellationToken)
    {
        AssignmentId = string.IsNullOrEmpty(assignmentId) ? null : assignmentId;
        var result = await AnalyticsApi.Get(exerciseId, HttpContext, db, catalog, cancellationToken, AssignmentId, "json");
        if (result.Result.OkValue<ExerciseAnalytics>() is not { } analytics)
        {
            return NotFound();
        }

        Analytics = analytics;
        Charts = [.. AnalyticsCharts.Names.Select(name => AnalyticsCharts.Build(name, analytics, Lang)!)];
        return Page();
    }

    /// <summary>The query string every link of the page carries: the assignment, and for charts the language.</summary>
    public string Query(bool withLanguage = false)
    {
        var parts = new List<string>();
        if (AssignmentId is not null)
        {
            parts.Add($"assignmentId={Uri.EscapeDataString(AssignmentId)}");
        }

        if (withLanguage)
        {
            parts.Add($"lang={Uri.EscapeDataString(Lang)}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    public string Csv(string path) => $"{path}{(AssignmentId is null ? "?" : Query() + "&")}format=csv";
}
