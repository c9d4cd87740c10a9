using Grader.Api.Assignments;
using Grader.Api.Data;
using Grader.Api.Exercises;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Analytics;

/// <summary>
/// Which submissions analytics and the similarity report look at: one exercise's graded submissions by students (not
/// staff's tries), and with an assignment only those made in its window — from its opening to the end of its late
/// window (its due date without one), or to the latest extended due date if that is later.
/// </summary>
internal sealed record SubmissionScope(Exercise Exercise, string? AssignmentId, DateTime? From, DateTime? Until)
{
    public IQueryable<Submission> Of(GraderDb db) => Within(db.Submissions.AsNoTracking()
        .Where(s => s.ExerciseId == Exercise.Id && s.Status == SubmissionStatus.Completed && s.User.Role == Role.Student));

    public IQueryable<Submission> Within(IQueryable<Submission> submissions)
    {
        var from = From ?? DateTime.MinValue;
        var until = Until ?? DateTime.MaxValue;
        return From is null ? submissions : submissions.Where(s => s.SubmittedAt >= from && s.SubmittedAt <= until);
    }

    /// <summary>The scope for a request, or the problem with it (unknown exercise or assignment; an assignment without the exercise).</summary>
    public static async Task<(SubmissionScope? Scope, ProblemHttpResult? Problem)> ResolveAsync(
        GraderDb db, ExerciseCatalog catalog, string exerciseId, string? assignmentId, CancellationToken cancellationToken)
    {
        if (catalog.Find(exerciseId) is not { } exercise)
        {
            return (null, ExerciseProblems.Unknown(exerciseId));
        }

        if (assignmentId is null)
        {
            return (new SubmissionScope(exercise, null, null, null), null);
        }

        if (await AssignmentsApi.FindAsync(db, assignmentId, cancellationToken) is not { } assignment)
        {
            return (null, AssignmentsApi.Unknown(assignmentId));
        }

        if (assignment.Exercises.All(e => e.ExerciseId != exercise.Id))
        {
            return (null, AnalyticsProblems.NotInAssignment.With(assignment.Id, exercise.Id, string.Join(", ", assignment.Exercises.Select(e => e.ExerciseId))));
        }

        var latestExtension = await db.Extensions.AsNoTracking().Where(e => e.AssignmentId == assignment.Id)
            .Select(e => (DateTime?)e.DueAt).MaxAsync(cancellationToken);
        var close = assignment.LateUntil ?? assignment.DueAt;
        if (latestExtension is { } extended && extended > assignment.DueAt)
        {
            close = Max(close, extended + (close - assignment.DueAt));
        }

        return (new SubmissionScope(exercise, assignment.Id, assignment.OpensAt, close), null);
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
