using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Http;
using Grader.Api.Review;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Assignments;

/// <summary>
/// Decisions about one student in one assignment: an extension, a pinned submission. Each is an audit event, and each
/// can change the student's counted total, so the LMS outbox gets its score row in the same transaction.
/// </summary>
internal static class StudentOverrides
{
    /// <param name="assignmentId">e.g. hw1</param>
    /// <param name="userId">The student.</param>
    /// <param name="request">Their new due date and why.</param>
    internal static async Task<Results<Ok<ExtensionResponse>, ProblemHttpResult>> Extend(
        string assignmentId, int userId, ExtensionRequest request, HttpContext context, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await AssignmentsApi.FindAsync(db, assignmentId, cancellationToken) is not { } assignment)
        {
            return AssignmentsApi.Unknown(assignmentId);
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return Users.UsersApi.UnknownUser(userId);
        }

        var dueAt = request.DueAt.UtcDateTime;
        if (dueAt <= assignment.DueAt)
        {
            return AssignmentProblems.BadExtension.With(assignment.DueAt);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = context.User.UserId();
        var reason = request.Reason.Trim();
        var extension = await db.Extensions.FirstOrDefaultAsync(e => e.AssignmentId == assignmentId && e.UserId == userId, cancellationToken);
        var before = extension is null ? null : new { dueAt = extension.DueAt };
        if (extension is null)
        {
            extension = new AssignmentExtension { AssignmentId = assignmentId, UserId = userId, Reason = reason };
            db.Extensions.Add(extension);
        }

        extension.DueAt = dueAt;
        extension.Reason = reason;
        extension.GrantedById = actor;
        extension.GrantedAt = now;
        AuditLog.Add(db, new AuditEvent { At = now, ActorId = actor, Kind = AuditKind.ExtensionGranted, StudentId = userId, AssignmentId = assignmentId, Reason = reason },
            before, new { dueAt });
        if (await SavedAsync(db, assignmentId, userId, now, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(new ExtensionResponse(assignmentId, userId, extension.DueAt, extension.Reason, extension.GrantedAt));
    }

    /// <param name="assignmentId">e.g. hw1</param>
    /// <param name="userId">The student.</param>
    /// <param name="exerciseId">One of the assignment's exercises.</param>
    /// <param name="request">The submission that counts (null: remove the pin) and why.</param>
    internal static async Task<Results<Ok<PinResponse>, ProblemHttpResult>> Pin(
        string assignmentId, int userId, string exerciseId, PinRequest request, HttpContext context, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await AssignmentsApi.FindAsync(db, assignmentId, cancellationToken) is not { } assignment)
        {
            return AssignmentsApi.Unknown(assignmentId);
        }

        if (!Slugs.IsValid(exerciseId) || assignment.Exercises.All(e => e.ExerciseId != exerciseId))
        {
            return AssignmentProblems.NotInAssignment.With(assignmentId, exerciseId);
        }

        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return Users.UsersApi.UnknownUser(userId);
        }

        if (request.SubmissionId is { } id && !await db.Submissions.AnyAsync(
            s => s.Id == id && s.UserId == userId && s.ExerciseId == exerciseId && s.Status == SubmissionStatus.Completed, cancellationToken))
        {
            return AssignmentProblems.BadPin.With(id, exerciseId, userId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = context.User.UserId();
        var reason = request.Reason.Trim();
        var pin = await db.Pins.FirstOrDefaultAsync(p => p.AssignmentId == assignmentId && p.UserId == userId && p.ExerciseId == exerciseId, cancellationToken);
        var before = pin is null ? null : new { submissionId = pin.SubmissionId };
        var concerned = request.SubmissionId ?? pin?.SubmissionId;
        if (request.SubmissionId is { } pinned)
        {
            if (pin is null)
            {
                pin = new PinnedSubmission { AssignmentId = assignmentId, UserId = userId, ExerciseId = exerciseId, Reason = reason };
                db.Pins.Add(pin);
            }

            pin.SubmissionId = pinned;
            pin.Reason = reason;
            pin.PinnedById = actor;
            pin.PinnedAt = now;
        }
        else if (pin is not null)
        {
            db.Pins.Remove(pin);
        }

        AuditLog.Add(db, new AuditEvent
        {
            At = now, ActorId = actor, Kind = AuditKind.SubmissionPinned, StudentId = userId, ExerciseId = exerciseId,
            AssignmentId = assignmentId, SubmissionId = concerned, Reason = reason,
        }, before, request.SubmissionId is null ? null : new { submissionId = request.SubmissionId });
        if (await SavedAsync(db, assignmentId, userId, now, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(new PinResponse(assignmentId, userId, exerciseId, request.SubmissionId, reason));
    }

    /// <summary>
    /// Saves the decision and the score rows it causes for the LMS (the total is read back after the decision is
    /// written) in one transaction, or says that another request decided the same thing at the same moment (nothing of
    /// this one was stored).
    /// </summary>
    private static async Task<ProblemHttpResult?> SavedAsync(GraderDb db, string assignmentId, int userId, DateTime now, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await Lti.ScoreOutbox.EnqueueForAssignmentAsync(db, userId, assignmentId, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException error) when (TransientDatabaseErrors.Find(error) is null)
        {
            // Both found none and both inserted one (an unavailable database is a 503 instead).
            return AssignmentProblems.OverrideChangedMeanwhile.With();
        }
    }
}
