using Grader.Api.Assignments;
using Grader.Api.Data;
using Grader.Exercises.Grading;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Rejudges;

/// <summary>Finds the submissions a rejudge request names; only graded ones can be graded again.</summary>
internal static class RejudgeSelections
{
    public sealed record Chosen(long Id, SubmissionStatus Status, Verdict? Verdict, int? Score);

    /// <param name="assignment">The request's assignment (with its exercises), when it names one instead of an exercise.</param>
    public static async Task<(List<Chosen> Chosen, ProblemHttpResult? Problem)> ChooseAsync(
        GraderDb db, CreateRejudgeRequest request, Assignment? assignment, CancellationToken cancellationToken)
    {
        if (assignment is not null)
        {
            return await OfAssignmentAsync(db, assignment, request.Verdict, cancellationToken);
        }

        var ofExercise = db.Submissions.AsNoTracking().Where(s => s.ExerciseId == request.ExerciseId);
        if (request.SubmissionIds is { } ids)
        {
            var wanted = ids.Distinct().ToList();
            var found = await ofExercise.Where(s => wanted.Contains(s.Id))
                .Select(s => new Chosen(s.Id, s.Status, s.Verdict, s.Score)).ToListAsync(cancellationToken);
            var missing = wanted.Except(found.Select(f => f.Id)).ToList();
            if (missing.Count > 0)
            {
                return Refused(RejudgeProblems.NotOfExercise.With(request.ExerciseId, Ids(missing)));
            }

            var ungraded = found.Where(f => f.Status != SubmissionStatus.Completed).Select(f => f.Id).ToList();
            if (ungraded.Count > 0)
            {
                return Refused(RejudgeProblems.NotGradedYet.With(Ids(ungraded)));
            }

            return (found.OrderBy(f => f.Id).ToList(), null);
        }

        var graded = ofExercise.Where(s => s.Status == SubmissionStatus.Completed);
        return await LimitedAsync(WithVerdict(graded, request.Verdict),
            (request.Verdict is null ? RejudgeProblems.NothingToRejudge : RejudgeProblems.NothingWithVerdict).With(request.ExerciseId), cancellationToken);
    }

    /// <summary>
    /// Every submission the assignment's gradebook weighs (its students' graded submissions of its exercises since it
    /// opened, and pinned ones from before), as <see cref="GradebookBuilder"/> chooses them: the same rule, one place.
    /// </summary>
    private static async Task<(List<Chosen>, ProblemHttpResult?)> OfAssignmentAsync(
        GraderDb db, Assignment assignment, Verdict? verdict, CancellationToken cancellationToken)
    {
        var (gradebook, candidates) = await GradebookBuilder.BuildAsync(db, assignment, Http.Language.English, null, cancellationToken);
        var students = gradebook.Rows.Select(r => r.Student.Id).ToHashSet();
        var ids = candidates.Where(c => students.Contains(c.UserId)).Select(c => c.Id).Distinct().ToList();
        var graded = db.Submissions.AsNoTracking().Where(s => ids.Contains(s.Id) && s.Status == SubmissionStatus.Completed);
        return await LimitedAsync(WithVerdict(graded, verdict),
            (verdict is null ? RejudgeProblems.NothingOfAssignment : RejudgeProblems.NothingOfAssignmentWithVerdict).With(assignment.Id), cancellationToken);
    }

    private static IQueryable<Submission> WithVerdict(IQueryable<Submission> submissions, Verdict? verdict)
    {
        if (verdict is null)
        {
            return submissions;
        }

        Verdict? wanted = verdict;
        return submissions.Where(s => s.Verdict == wanted);
    }

    /// <summary>The submissions in id order, refused when there are none or too many.</summary>
    private static async Task<(List<Chosen>, ProblemHttpResult?)> LimitedAsync(IQueryable<Submission> graded, ProblemHttpResult nothing, CancellationToken cancellationToken)
    {
        var chosen = await graded.OrderBy(s => s.Id).Take(RejudgesApi.MaxItems + 1)
            .Select(s => new Chosen(s.Id, s.Status, s.Verdict, s.Score)).ToListAsync(cancellationToken);
        if (chosen.Count == 0)
        {
            return Refused(nothing);
        }

        if (chosen.Count > RejudgesApi.MaxItems)
        {
            return Refused(RejudgeProblems.TooMany.With(RejudgesApi.MaxItems));
        }

        return (chosen, null);
    }

    private static (List<Chosen>, ProblemHttpResult?) Refused(ProblemHttpResult problem) => (new List<Chosen>(), problem);

    private static string Ids(List<long> ids) =>
        string.Join(", ", ids.Take(10)) + (ids.Count > 10 ? $" and {ids.Count - 10} more" : "");
}
