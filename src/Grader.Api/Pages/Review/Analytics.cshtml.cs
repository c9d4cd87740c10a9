using Grader.Api.Analytics;
using Grader.Api.Data;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Pages.Review;

/// <summary>The class analytics overview: the chapter's exercises (or an assignment's) ranked by difficulty, through the API's handler.</summary>
public sealed class AnalyticsModel(GraderDb db, ExerciseCatalog catalog) : GraderPageModel
{
    public ChapterOverview Overview { get; private set; } = null!;

    public string? AssignmentId { get; private set; }

    public IReadOnlyList<(string Id, string Title)> Assignments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? assignmentId, CancellationToken cancellationToken)
    {
        AssignmentId = string.IsNullOrEmpty(assignmentId) ? null : assignmentId;
        var result = await AnalyticsApi.Overview(HttpContext, db, catalog, cancellationToken, AssignmentId);
        if (result.Result.OkValue<ChapterOverview>() is not { } overview)
        {
            return NotFound();
        }

        Overview = overview;
        var zh = Lang == Http.Language.TraditionalChinese;
        Assignments = [.. (await db.Assignments.AsNoTracking().OrderBy(a => a.DueAt).Select(a => new { a.Id, a.TitleEn, a.TitleZhTw }).ToListAsync(cancellationToken))
            .Select(a => (a.Id, zh ? a.TitleZhTw : a.TitleEn))];
        return Page();
    }

    public string Query => AssignmentId is null ? "" : $"?assignmentId={Uri.EscapeDataString(AssignmentId)}";
}
