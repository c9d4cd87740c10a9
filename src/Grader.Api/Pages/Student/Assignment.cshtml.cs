using Grader.Api.Assignments;
using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages.Student;

/// <summary>
/// A student's view of one assignment (where the LMS launch lands): its exercises, their own due date (an extension
/// included), what counts so far, and their best result on each exercise. Read through the API's own handler.
/// </summary>
public sealed class AssignmentModel(GraderDb db, ExerciseCatalog catalog) : GraderPageModel
{
    public AssignmentResponse Assignment { get; private set; } = null!;

    internal IReadOnlyDictionary<string, BestAttempts.Best> Best { get; private set; } = new Dictionary<string, BestAttempts.Best>();

    public async Task<IActionResult> OnGetAsync(string assignmentId, CancellationToken cancellationToken)
    {
        if ((await AssignmentsApi.Get(assignmentId, HttpContext, db, catalog, cancellationToken)).Result.OkValue<AssignmentResponse>() is not { } assignment)
        {
            return NotFound();
        }

        Assignment = assignment;
        Best = await BestAttempts.ForAsync(db, User.UserId(), cancellationToken);
        return Page();
    }

    public GradebookCell? Counted(string exerciseId) => Assignment.Mine?.Grades.Exercises.FirstOrDefault(c => c.ExerciseId == exerciseId);
}
