using Grader.Api.Assignments;
using Grader.Api.Data;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages.Review;

/// <summary>An assignment's gradebook (students × exercises: counted score, how it was made, lateness), as GradebookBuilder computes it.</summary>
public sealed class GradebookModel(GraderDb db) : GraderPageModel
{
    public Gradebook? Book { get; private set; }

    public async Task<IActionResult> OnGetAsync(string assignmentId, CancellationToken cancellationToken)
    {
        if (await AssignmentsApi.FindAsync(db, assignmentId, cancellationToken) is not { } assignment)
        {
            return NotFound();
        }

        (Book, _) = await GradebookBuilder.BuildAsync(db, assignment, Lang, onlyUserId: null, cancellationToken);
        return Page();
    }
}
