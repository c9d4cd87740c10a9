using Grader.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Pages.Review;

/// <summary>Where TAs start: the lists, how many regrade requests wait, and a gradebook per assignment.</summary>
public sealed class IndexModel(GraderDb db) : GraderPageModel
{
    public int OpenRegrades { get; private set; }

    public IReadOnlyList<(string Id, string Title)> Assignments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        OpenRegrades = await db.RegradeRequests.CountAsync(r => r.Status == RegradeStatus.Open, cancellationToken);
        var assignments = await db.Assignments.AsNoTracking().OrderBy(a => a.DueAt).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.TitleEn, a.TitleZhTw }).ToListAsync(cancellationToken);
        Assignments = [.. assignments.Select(a => (a.Id, Lang == Http.Language.TraditionalChinese ? a.TitleZhTw : a.TitleEn))];
    }
}
