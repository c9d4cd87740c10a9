using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Exercises;
using Grader.Api.Grading;
using Grader.Api.Submissions;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages.Student;

/// <summary>
/// One exercise: its description, signature and examples (from the API's own exercise handler), an editor with the
/// starter code, and the student's own submissions. Submitting is the page script's POST to the JSON API.
/// </summary>
public sealed class ExerciseModel(GraderDb db, ExerciseCatalog catalog) : GraderPageModel
{
    public ExerciseDetail Exercise { get; private set; } = null!;

    public IReadOnlyList<SubmissionSummary> Submissions { get; private set; } = [];

    /// <summary>Where the page's script keeps the draft: per user and exercise, so two students on one computer never share one.</summary>
    public string DraftKey => $"grader:draft:{User.UserId()}:{Exercise.Id}";

    public async Task<IActionResult> OnGetAsync(string exerciseId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(exerciseId, cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    /// <summary>The submissions list alone, for the script to refresh it after a submission.</summary>
    public async Task<IActionResult> OnGetSubmissionsAsync(string exerciseId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(exerciseId, cancellationToken))
        {
            return NotFound();
        }

        return Partial("_SubmissionList", this);
    }

    private async Task<bool> LoadAsync(string exerciseId, CancellationToken cancellationToken)
    {
        var services = HttpContext.RequestServices;
        var descriptions = services.GetRequiredService<DescriptionHtml>();
        var references = services.GetRequiredService<ReferenceResults>();
        if ((await ExercisesApi.Get(HttpContext, catalog, descriptions, references, exerciseId)).Result.OkValue<ExerciseDetail>() is not { } exercise)
        {
            return false;
        }

        Exercise = exercise;
        var page = (await SubmissionsApi.List(HttpContext, db, cancellationToken, exerciseId: exercise.Id, student: User.UserName(), pageSize: 100))
            .Result.OkValue<SubmissionPage>();
        Submissions = page?.Items ?? [];
        return true;
    }
}
