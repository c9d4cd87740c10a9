using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Pages.Student;
using Grader.Exercises.Catalog;

namespace Grader.Api.Pages;

/// <summary>The chapter's exercises in order, each with the student's best result.</summary>
public sealed class IndexModel(GraderDb db, ExerciseCatalog catalog) : GraderPageModel
{
    public IReadOnlyList<Exercise> Exercises { get; private set; } = [];

    internal IReadOnlyDictionary<string, BestAttempts.Best> Best { get; private set; } = new Dictionary<string, BestAttempts.Best>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Exercises = [.. catalog.Exercises.OrderBy(e => e.Order)];
        Best = await BestAttempts.ForAsync(db, User.UserId(), cancellationToken);
    }
}
