using Grader.Api.Assignments;
using Grader.Api.Data;
using Grader.Exercises.Catalog;

namespace Grader.Api.Pages.Admin;

/// <summary>Every assignment by due date (GET /assignments), each leading to its form and its gradebook.</summary>
public sealed class AssignmentsModel(GraderDb db, ExerciseCatalog catalog) : GraderPageModel
{
    public IReadOnlyList<AssignmentResponse> Assignments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Assignments = (await AssignmentsApi.List(HttpContext, db, catalog, cancellationToken)).Value ?? [];
}
