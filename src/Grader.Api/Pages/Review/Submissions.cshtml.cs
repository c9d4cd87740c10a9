using Grader.Api.Data;
using Grader.Api.Pages.Staff;
using Grader.Api.Submissions;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Pages.Review;

/// <summary>Every student's submissions, newest first, filtered by assignment, exercise, student, verdict and status.</summary>
public sealed class SubmissionsModel(GraderDb db, ExerciseCatalog catalog) : GraderPageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Assignment { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Exercise { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Student { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Verdict { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<(string Id, string Title)> Assignments { get; private set; } = [];

    public IReadOnlyList<Exercise> Exercises => [.. catalog.Exercises.OrderBy(e => e.Order)];

    public SubmissionPage? Found { get; private set; }

    public Refusal? Refusal { get; private set; }

    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var assignments = await db.Assignments.AsNoTracking().OrderBy(a => a.DueAt).Select(a => new { a.Id, a.TitleEn, a.TitleZhTw }).ToListAsync(cancellationToken);
        Assignments = [.. assignments.Select(a => (a.Id, Lang == Http.Language.TraditionalChinese ? a.TitleZhTw : a.TitleEn))];
        var result = (await SubmissionsApi.List(HttpContext, db, cancellationToken, Blank(Exercise), Blank(Student), Blank(Status), Blank(Verdict), PageNumber, PageSize, Blank(Assignment))).Result;
        Found = result.Value<SubmissionPage>();
        Refusal = Refusal.From(result);
        if (Refusal is not null)
        {
            Response.StatusCode = Refusal.Status;
        }

        if (Found is not null)
        {
            Pager = new Pager("/app/review/submissions", new Dictionary<string, string?>
            {
                ["assignment"] = Assignment, ["exercise"] = Exercise, ["student"] = Student, ["verdict"] = Verdict, ["status"] = Status,
            }, Found.Page, Found.PageSize, Found.TotalCount);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
