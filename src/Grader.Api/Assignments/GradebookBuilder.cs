using Grader.Api.Data;
using Grader.Api.Review;
using Grader.Api.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Assignments;

/// <summary>
/// Works out which submission counts per student and exercise (a TA's pin, else the last or the best one that is not
/// too late) and what it earns: the final score scaled to the exercise's points, times the late credit.
/// </summary>
internal static class GradebookBuilder
{
    /// <summary>The gradebook for every student, or for one (<paramref name="onlyUserId"/>: a student asking for their own row).</summary>
    public static async Task<(Gradebook Gradebook, IReadOnlyList<CandidateSubmission> Submissions)> BuildAsync(
        GraderDb db, Assignment assignment, string language, int? onlyUserId, CancellationToken cancellationToken)
    {
        var exerciseIds = assignment.Exercises.Select(e => e.ExerciseId).ToList();
        var students = await db.Users.AsNoTracking()
            .Where(u => onlyUserId == null ? u.Role == Role.Student : u.Id == onlyUserId)
            .Where(u => onlyUserId != null || u.DeactivatedAt == null || db.Submissions.Any(s => s.UserId == u.Id && exerciseIds.Contains(s.ExerciseId)))
            .OrderBy(u => u.UserName)
            .Select(u => new SubmissionOwner(u.Id, u.UserName, u.DisplayName)).ToListAsync(cancellationToken);
        var submissions = await Graded(db, exerciseIds, onlyUserId)
            .Where(s => s.SubmittedAt >= assignment.OpensAt).Select(AsCandidate).ToListAsync(cancellationToken);
        var pins = await db.Pins.AsNoTracking().Where(p => p.AssignmentId == assignment.Id && (onlyUserId == null || p.UserId == onlyUserId))
            .ToDictionaryAsync(p => (p.UserId, p.ExerciseId), cancellationToken);

        // A pinned submission counts even from before the assignment opened: the TA chose it.
        var pinnedIds = pins.Values.Select(p => p.SubmissionId).Except(submissions.Select(s => s.Id)).ToList();
        submissions.AddRange(await Graded(db, exerciseIds, onlyUserId).Where(s => pinnedIds.Contains(s.Id)).Select(AsCandidate).ToListAsync(cancellationToken));
        var extensions = await db.Extensions.AsNoTracking().Where(e => e.AssignmentId == assignment.Id && (onlyUserId == null || e.UserId == onlyUserId))
            .ToDictionaryAsync(e => e.UserId, cancellationToken);
        var byStudent = submissions.ToLookup(s => s.UserId);

        var rows = students.Select(student =>
        {
            var deadline = Deadline.For(assignment, extensions.GetValueOrDefault(student.Id));
            var mine = byStudent[student.Id].ToLookup(s => s.ExerciseId);
            var cells = assignment.Exercises.OrderBy(e => e.Position).Select(exercise =>
                Cell(assignment, exercise, mine[exercise.ExerciseId], pins.GetValueOrDefault((student.Id, exercise.ExerciseId)), deadline, language)).ToList();
            return new GradebookRow(student, deadline.DueAt, deadline.LateUntil, extensions.ContainsKey(student.Id), cells, cells.Sum(c => c.Score));
        }).ToList();

        var columns = assignment.Exercises.OrderBy(e => e.Position).Select(e => new GradebookColumn(e.ExerciseId, e.Points)).ToList();
        var title = language == Http.Language.TraditionalChinese ? assignment.TitleZhTw : assignment.TitleEn;
        return (new Gradebook(assignment.Id, title, columns, columns.Sum(c => c.Points), rows), submissions);
    }

    private static GradebookCell Cell(
        Assignment assignment, AssignmentExercise exercise, IEnumerable<CandidateSubmission> submissions, PinnedSubmission? pin, Deadline deadline, string language)
    {
        var all = submissions.ToList();
        var pinned = pin is null ? null : all.FirstOrDefault(s => s.Id == pin.SubmissionId);
        var counted = pinned ?? Choose(assignment.Counts, all.Where(s => s.SubmittedAt >= assignment.OpensAt), exercise, deadline);
        if (counted is null)
        {
            return new GradebookCell(exercise.ExerciseId, exercise.Points, null, null, null, null, false, null, null, null, null, null, 0m, 0m);
        }

        var lateness = deadline.Of(counted.SubmittedAt);
        var full = Scaled(counted, exercise);
        var earned = Math.Round(full * deadline.Credit(lateness), 2);
        return new GradebookCell(
            exercise.ExerciseId, exercise.Points, counted.Id, counted.SubmittedAt, lateness, deadline.Describe(lateness).In(language), pinned is not null,
            counted.Score, counted.Adjustment, counted.Override, counted.Final, counted.MaxScore, Math.Round(full, 2) - earned, earned);
    }

    /// <summary>The last, or the best after the late penalty (the later one on a tie), of those not too late.</summary>
    private static CandidateSubmission? Choose(CountedSubmission counts, IEnumerable<CandidateSubmission> submissions, AssignmentExercise exercise, Deadline deadline)
    {
        var eligible = submissions.Where(s => deadline.Of(s.SubmittedAt) != Lateness.TooLate).OrderBy(s => s.SubmittedAt).ThenBy(s => s.Id).ToList();
        return counts == CountedSubmission.Best
            ? eligible.OrderByDescending(s => Scaled(s, exercise) * deadline.Credit(deadline.Of(s.SubmittedAt))).ThenByDescending(s => s.SubmittedAt).ThenByDescending(s => s.Id).FirstOrDefault()
            : eligible.LastOrDefault();
    }

    /// <summary>The final score as points of this assignment, before any late penalty.</summary>
    private static decimal Scaled(CandidateSubmission submission, AssignmentExercise exercise) =>
        submission.Final is { } final && submission.MaxScore is > 0 and { } max ? (decimal)exercise.Points * final / max : 0m;

    /// <summary>Graded submissions of these exercises (of one student, or of all).</summary>
    private static IQueryable<Submission> Graded(GraderDb db, List<string> exerciseIds, int? onlyUserId) =>
        db.Submissions.AsNoTracking()
            .Where(s => exerciseIds.Contains(s.ExerciseId) && s.Status == SubmissionStatus.Completed && (onlyUserId == null || s.UserId == onlyUserId));

    /// <summary>The columns the gradebook weighs, selected in SQL (never the code or the report).</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Submission, CandidateSubmission>> AsCandidate =
        s => new CandidateSubmission(s.Id, s.UserId, s.ExerciseId, s.SubmittedAt, s.Score, s.MaxScore, s.Layers.Adjustment, s.Layers.Override);
}

/// <summary>A graded submission as the gradebook weighs it.</summary>
internal sealed record CandidateSubmission(long Id, int UserId, string ExerciseId, DateTime SubmittedAt, int? Score, int? MaxScore, int? Adjustment, int? Override)
{
    public int? Final => Grades.Final(Score, MaxScore, new GradeLayers { Adjustment = Adjustment, Override = Override });
}
