using Grader.Api.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Pages.Review;

/// <summary>
/// The staff's starting page (TAs and instructors only, as everything under Review/): open a submission by its number,
/// the lists, how many regrade requests wait, and a gradebook per assignment.
/// </summary>
public sealed class IndexModel(GraderDb db) : GraderPageModel
{
    public int OpenRegrades { get; private set; }

    public IReadOnlyList<(string Id, string Title)> Assignments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? open, CancellationToken cancellationToken)
    {
        if (open is > 0)
        {
            return Redirect($"/app/submissions/{open}");
        }

        OpenRegrades = await db.RegradeRequests.CountAsync(r => r.Status == RegradeStatus.Open, cancellationToken);
        var assignments = await db.Assignments.AsNoTracking().OrderBy(a => a.DueAt).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.TitleEn, a.TitleZhTw }).ToListAsync(cancellationToken);
        Assignments = [.. assignments.Select(a => (a.Id, Lang == Http.Language.TraditionalChinese ? a.TitleZhTw : a.TitleEn))];
        return Page();
    }
}
