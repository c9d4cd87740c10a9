using Grader.Api.Assignments;
using Grader.Api.Data;
using Grader.Api.Pages.Staff;
using Grader.Api.Pages.Text;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Pages.Admin;

/// <summary>
/// An assignment's form (POST /assignments to create, PUT /assignments/{id} to replace it whole) and, once it exists,
/// its per-student extensions (PUT /assignments/{id}/extensions/{userId}).
/// </summary>
public sealed class AssignmentModel(GraderDb db, ExerciseCatalog catalog, TimeProvider clock) : GraderPageModel
{
    public sealed record ExtensionRow(int UserId, string UserName, string DisplayName, DateTime DueAt, string Reason, DateTime GrantedAt);

    public sealed record StudentChoice(int Id, string UserName, string DisplayName);

    /// <summary>The stored assignment (null: a new one).</summary>
    public Assignment? Existing { get; private set; }

    public IReadOnlyList<Exercise> ExerciseChoices { get; private set; } = [];

    public IReadOnlyList<ExtensionRow> Extensions { get; private set; } = [];

    public IReadOnlyList<StudentChoice> Students { get; private set; } = [];

    public Refusal? Refusal { get; private set; }

    public bool Saved { get; private set; }

    [BindProperty]
    public string? Id { get; set; }

    [BindProperty]
    public string? TitleEn { get; set; }

    [BindProperty]
    public string? TitleZh { get; set; }

    [BindProperty]
    public List<string> Include { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string> Points { get; set; } = [];

    [BindProperty]
    public string? OpensAt { get; set; }

    [BindProperty]
    public string? DueAt { get; set; }

    [BindProperty]
    public string? LateUntil { get; set; }

    [BindProperty]
    public string? LateCredit { get; set; }

    [BindProperty]
    public CountedSubmission Counts { get; set; }

    /// <summary>The order form's button: "exerciseId:up" or "exerciseId:down".</summary>
    [BindProperty]
    public string? Move { get; set; }

    [BindProperty]
    public int ExtensionStudent { get; set; }

    [BindProperty]
    public string? ExtensionDueAt { get; set; }

    [BindProperty]
    public string? ExtensionReason { get; set; }

    public async Task<IActionResult> OnGetAsync(string? assignmentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(assignmentId, cancellationToken))
        {
            return NotFound();
        }

        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? assignmentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(assignmentId, cancellationToken))
        {
            return NotFound();
        }

        var (request, invalid) = Build();
        Refusal = invalid ?? Refusal.Validate([request!, request!.Title, .. request!.Exercises]);
        if (Refusal is null)
        {
            IResult result = Existing is null
                ? (await AssignmentsApi.Create(request!, HttpContext, db, catalog, clock, cancellationToken)).Result
                : (await AssignmentsApi.Update(Existing.Id, request!, HttpContext, db, catalog, clock, cancellationToken)).Result;
            Refusal = Refusal.From(result);
            if (Refusal is null)
            {
                return Redirect($"/app/admin/assignments/edit/{result.Value<AssignmentResponse>()!.Id}?saved=1");
            }
        }

        Response.StatusCode = Refusal.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostExtendAsync(string? assignmentId, CancellationToken cancellationToken)
    {
        if (assignmentId is null || !await LoadAsync(assignmentId, cancellationToken))
        {
            return NotFound();
        }

        Fill();
        var due = StaffFormat.ParseInput(ExtensionDueAt);
        var request = due is { } dueAt ? new ExtensionRequest(dueAt, ExtensionReason?.Trim() ?? "") : null;
        Refusal = request is null ? Refusal.Invalid(AdminText.BadDates) : Refusal.Validate(request);
        if (Refusal is null)
        {
            var result = (await StudentOverrides.Extend(assignmentId, ExtensionStudent, request!, HttpContext, db, clock, cancellationToken)).Result;
            Refusal = Refusal.From(result);
            if (Refusal is null)
            {
                return Redirect($"/app/admin/assignments/edit/{assignmentId}?saved=1#extensions");
            }
        }

        Response.StatusCode = Refusal.Status;
        return Page();
    }

    /// <summary>
    /// Moves one exercise up or down (PUT /assignments/{id}/exercise-order's handler), then shows the page again with
    /// the focus on the moved exercise's button, so a keyboard user can keep moving it.
    /// </summary>
    public async Task<IActionResult> OnPostMoveAsync(string? assignmentId, CancellationToken cancellationToken)
    {
        if (assignmentId is null || !await LoadAsync(assignmentId, cancellationToken))
        {
            return NotFound();
        }

        Fill();
        var order = Existing!.Exercises.OrderBy(e => e.Position).Select(e => e.ExerciseId).ToList();
        var parts = (Move ?? "").Split(':');
        var from = parts.Length == 2 ? order.IndexOf(parts[0]) : -1;
        var to = parts is [_, "up"] ? from - 1 : parts is [_, "down"] ? from + 1 : -1;
        if (from < 0 || to < 0 || to >= order.Count)
        {
            Refusal = Refusal.Invalid(AdminText.BadMove);
            Response.StatusCode = Refusal.Status;
            return Page();
        }

        (order[from], order[to]) = (order[to], order[from]);
        var result = (await ExerciseOrder.Reorder(assignmentId, new ExerciseOrderRequest(order), HttpContext, db, catalog, clock, cancellationToken)).Result;
        Refusal = Refusal.From(result);
        if (Refusal is null)
        {
            // No #fragment: a browser skips autofocus on a page opened at a fragment, and autofocus scrolls to the button anyway.
            return Redirect($"/app/admin/assignments/edit/{assignmentId}?moved={Uri.EscapeDataString(Move!)}");
        }

        Response.StatusCode = Refusal.Status;
        return Page();
    }

    /// <summary>An exercise's title in the page's language.</summary>
    public string ExerciseTitle(string exerciseId) => catalog.Find(exerciseId)?.Title.In(Lang) ?? exerciseId;

    /// <summary>
    /// Whether this button gets the focus after a move: the moved exercise's button of the same direction, or the other
    /// one when it reached the end of the list (a disabled button cannot hold the focus).
    /// </summary>
    public bool Focus(string exerciseId, string direction, int index, int count)
    {
        if (Request.Query["moved"].ToString().Split(':') is not [var id, var way] || id != exerciseId)
        {
            return false;
        }

        var atEnd = way == "up" ? index == 0 : index == count - 1;
        return direction == way ? !atEnd : atEnd;
    }

    private (AssignmentRequest? Request, Refusal? Invalid) Build()
    {
        var exercises = new List<AssignmentExerciseRequest>();
        foreach (var exerciseId in Include.Distinct())
        {
            if (!int.TryParse(Points.GetValueOrDefault(exerciseId), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var points))
            {
                return (null, Refusal.Invalid(AdminText.BadPoints));
            }

            exercises.Add(new AssignmentExerciseRequest(exerciseId, points));
        }

        if (exercises.Count == 0)
        {
            return (null, Refusal.Invalid(AdminText.NoExercise));
        }

        var (opens, due) = (StaffFormat.ParseInput(OpensAt), StaffFormat.ParseInput(DueAt));
        var lateUntil = string.IsNullOrWhiteSpace(LateUntil) ? null : StaffFormat.ParseInput(LateUntil);
        if (opens is null || due is null || (!string.IsNullOrWhiteSpace(LateUntil) && lateUntil is null))
        {
            return (null, Refusal.Invalid(AdminText.BadDates));
        }

        int? credit = null;
        if (!string.IsNullOrWhiteSpace(LateCredit))
        {
            if (!int.TryParse(LateCredit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var percent))
            {
                return (null, Refusal.Invalid(AdminText.BadPercent));
            }

            credit = percent;
        }

        var id = Existing?.Id ?? (string.IsNullOrWhiteSpace(Id) ? null : Id.Trim());
        var counts = Enum.IsDefined(Counts) ? Counts : CountedSubmission.Last;
        return (new AssignmentRequest(id, new AssignmentTitle(TitleEn?.Trim() ?? "", TitleZh?.Trim() ?? ""), exercises, opens.Value, due.Value, lateUntil, credit, counts), null);
    }

    /// <summary>The form's fields from the stored assignment (on GET).</summary>
    private void Fill()
    {
        Saved = Request.Query.ContainsKey("saved") || Request.Query.ContainsKey("moved");
        if (Existing is not { } assignment)
        {
            return;
        }

        (Id, TitleEn, TitleZh) = (assignment.Id, assignment.TitleEn, assignment.TitleZhTw);
        Include = [.. assignment.Exercises.OrderBy(e => e.Position).Select(e => e.ExerciseId)];
        Points = assignment.Exercises.ToDictionary(e => e.ExerciseId, e => e.Points.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (OpensAt, DueAt, LateUntil) = (StaffFormat.Input(assignment.OpensAt), StaffFormat.Input(assignment.DueAt), StaffFormat.Input(assignment.LateUntil));
        LateCredit = assignment.LateCreditPercent?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Counts = assignment.Counts;
    }

    private async Task<bool> LoadAsync(string? assignmentId, CancellationToken cancellationToken)
    {
        if (assignmentId is not null)
        {
            Existing = await AssignmentsApi.FindAsync(db, assignmentId, cancellationToken);
            if (Existing is null)
            {
                return false;
            }

            var id = Existing.Id;
            Extensions = await db.Extensions.AsNoTracking().Where(e => e.AssignmentId == id)
                .Join(db.Users, e => e.UserId, u => u.Id, (e, u) => new { u.Id, u.UserName, u.DisplayName, e.DueAt, e.Reason, e.GrantedAt })
                .OrderBy(e => e.UserName)
                .Select(e => new ExtensionRow(e.Id, e.UserName, e.DisplayName, e.DueAt, e.Reason, e.GrantedAt))
                .ToListAsync(cancellationToken);
            Students = await db.Users.AsNoTracking().Where(u => u.Role == Role.Student && u.DeactivatedAt == null).OrderBy(u => u.UserName)
                .Select(u => new StudentChoice(u.Id, u.UserName, u.DisplayName)).ToListAsync(cancellationToken);
        }

        // The assignment's exercises in their order first, then the rest of the chapter.
        var order = Existing?.Exercises.ToDictionary(e => e.ExerciseId, e => e.Position) ?? [];
        ExerciseChoices = [.. catalog.Exercises.OrderBy(e => order.TryGetValue(e.Id, out var position) ? position : int.MaxValue).ThenBy(e => e.Order)];
        return true;
    }
}
