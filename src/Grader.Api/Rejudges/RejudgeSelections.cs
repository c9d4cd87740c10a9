using Grader.Api.Data;
using Grader.Exercises.Grading;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Rejudges;

/// <summary>Finds the submissions a rejudge request names; only graded ones can be graded again.</summary>
internal static class RejudgeSelections
{
    public sealed record Chosen(long Id, SubmissionStatus Status, Verdict? Verdict, int? Score);

    public static async Task<(List<Chosen> Chosen, ProblemHttpResult? Problem)> ChooseAsync(
        GraderDb db, CreateRejudgeRequest request, CancellationToken cancellationToken)
    {
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
        if (request.Verdict is { } verdict)
        {
            Verdict? wanted = verdict;
            graded = graded.Where(s => s.Verdict == wanted);
        }

        var chosen = await graded.OrderBy(s => s.Id).Take(RejudgesApi.MaxItems + 1)
            .Select(s => new Chosen(s.Id, s.Status, s.Verdict, s.Score)).ToListAsync(cancellationToken);
        if (chosen.Count == 0)
        {
            return Refused((request.Verdict is null ? RejudgeProblems.NothingToRejudge : RejudgeProblems.NothingWithVerdict).With(request.ExerciseId));
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
