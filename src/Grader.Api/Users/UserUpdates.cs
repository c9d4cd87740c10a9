using Grader.Api.Auth;
using Grader.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Users;

/// <summary>What an instructor changes about a user over a course: the name, the role, and whether they are still in it.</summary>
internal static class UserUpdates
{
    internal static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Update(
        int userId, UpdateUserRequest request, HttpContext context, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return UsersApi.UnknownUser(userId);
        }

        // An instructor who demoted or deactivated themselves could lock the course out of its own grader.
        if (userId == context.User.UserId() && (request.Active == false || request.Role is { } role && role != Role.Instructor))
        {
            return UserProblems.CannotChangeYourself.With();
        }

        if (request.UserName is { } newName && UserNameNormalizer.Normalize(newName) != user.NormalizedUserName)
        {
            var normalized = UserNameNormalizer.Normalize(newName);
            if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
            {
                return UsersApi.UserExists(newName);
            }
        }

        // The user's change and the revocation of their tokens land together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        user.UserName = request.UserName ?? user.UserName;
        user.DisplayName = request.DisplayName ?? user.DisplayName;
        user.Role = request.Role ?? user.Role;
        if (request.Active == false && user.DeactivatedAt is null)
        {
            user.DeactivatedAt = now;
            await db.Tokens.Where(t => t.UserId == userId && t.RevokedAt == null)
                .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now), cancellationToken);
        }
        else if (request.Active == true)
        {
            user.DeactivatedAt = null;
        }

        // By hand, either way: a roster sync no longer re-activates this account.
        user.DeactivatedByRoster = user.DeactivatedByRoster && request.Active is null;

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (TransientDatabaseErrors.Find(error) is null)
        {
            // The new name was taken between the check and the update (an unavailable database is a 503 instead).
            return UsersApi.UserExists(request.UserName ?? user.UserName);
        }

        return TypedResults.Ok(user.AsResponse());
    }
}
