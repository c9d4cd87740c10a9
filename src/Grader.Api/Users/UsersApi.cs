using Grader.Api.Http;
using System.Text;
using Grader.Api.Auth;
using Grader.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Users;

internal static class UsersApi
{
    internal const int MaxRosterBytes = 1024 * 1024;

    public static RouteGroupBuilder MapUsers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/users").WithTags("Users");

        group.MapGet("/me", Me).WithName("Me").WithSummary("Who the bearer token belongs to.");
        group.MapGet("/", List).WithName("ListUsers").WithSummary("Every user (TAs and instructors).").RequireAuthorization(Policies.Staff);
        group.MapPost("/", Create).WithName("CreateUser").WithSummary("Add a user (instructors).").RequireAuthorization(Policies.Instructor)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/import", Import)
            .WithName("ImportRoster")
            .WithSummary("Add a class roster from CSV: header 'userName,displayName[,role]' (instructors). Known users are skipped; any bad row refuses the whole roster.")
            .Accepts<string>("text/csv")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Instructor);
        group.MapPatch("/{userId:int}", UserUpdates.Update)
            .WithName("UpdateUser")
            .WithSummary("Rename a user, change their role, or deactivate someone who left the course: their tokens are revoked, their submissions kept (instructors).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Instructor);
        group.MapGet("/{userId:int}/tokens", Tokens).WithName("ListTokens").WithSummary("A user's tokens, without their secrets (instructors).").RequireAuthorization(Policies.Instructor);
        group.MapPost("/{userId:int}/tokens", IssueToken).WithName("IssueToken").WithSummary("Issue a bearer token; the response is the only time it is shown (instructors).").RequireAuthorization(Policies.Instructor)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{userId:int}/tokens/{tokenId:int}", RevokeToken).WithName("RevokeToken").WithSummary("Revoke a token at once (instructors).").RequireAuthorization(Policies.Instructor);
        return group;
    }

    internal static async Task<Ok<UserResponse>> Me(HttpContext context, GraderDb db, CancellationToken cancellationToken)
    {
        var id = context.User.UserId();
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == id, cancellationToken);
        return TypedResults.Ok(user.AsResponse());
    }

    /// <param name="role">student, ta or instructor (any case).</param>
    internal static async Task<Results<Ok<List<UserResponse>>, ProblemHttpResult>> List(GraderDb db, CancellationToken cancellationToken, string? role = null)
    {
        Role? wanted = null;
        if (role is not null)
        {
            if (!QueryEnum.TryParse<Role>(role, out var parsed))
            {
                return UserProblems.UnknownRole.With(QueryEnum.Spellings<Role>(), role);
            }

            wanted = parsed;
        }

        var users = await db.Users.AsNoTracking().Where(u => wanted == null || u.Role == wanted).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        return TypedResults.Ok(users.Select(u => u.AsResponse()).ToList());
    }

    internal static async Task<Results<Created<UserResponse>, ProblemHttpResult>> Create(
        CreateUserRequest request, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var normalized = UserNameNormalizer.Normalize(request.UserName);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
        {
            return UserExists(request.UserName);
        }

        var user = Accounts.AddUser(db, request.UserName, request.DisplayName, request.Role, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone created the same name between the check and the insert; anything else is a real failure.
            if (await db.Users.AsNoTracking().AnyAsync(u => u.NormalizedUserName == normalized, CancellationToken.None))
            {
                return UserExists(request.UserName);
            }

            throw;
        }

        return TypedResults.Created($"/users/{user.Id}", user.AsResponse());
    }

    /// <param name="issueTokens">Also issue a token for each new user (returned only in this response).</param>
    internal static async Task<Results<Ok<RosterImportResult>, ProblemHttpResult>> Import(
        HttpRequest request, GraderDb db, TimeProvider clock, CancellationToken cancellationToken, bool issueTokens = false)
    {
        var (text, problem) = await ReadRosterAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return await ImportAsync(text!, issueTokens, db, clock, cancellationToken);
    }

    /// <summary>The import itself, for the API and the instructor's page alike: every bad row reported, or everybody added.</summary>
    internal static async Task<Results<Ok<RosterImportResult>, ProblemHttpResult>> ImportAsync(
        string text, bool issueTokens, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (rows, errors) = RosterCsv.Parse(text);
        if (errors.Count > 0)
        {
            var lines = errors.Select(e => ProblemText.Fill(UserProblems.RosterLine, e.Line, e.Error)).ToList();
            var all = new Grader.Exercises.LocalizedText(string.Join(" ", lines.Select(l => l.En)), string.Concat(lines.Select(l => l.ZhTw)));
            return TypedResults.Problem(UserProblems.RosterRefused.Problem(errors.Count, all).Extend("errors", new RosterErrors(errors)));
        }

        var names = rows.Select(r => UserNameNormalizer.Normalize(r.User.UserName)).ToList();
        var known = await db.Users.Where(u => names.Contains(u.NormalizedUserName)).Select(u => u.UserName).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var created = new List<(User User, string? Token)>();
        foreach (var row in rows.Where(r => !known.Contains(r.User.UserName, StringComparer.OrdinalIgnoreCase)))
        {
            var user = Accounts.AddUser(db, row.User.UserName, row.User.DisplayName, row.User.Role, now);
            var secret = issueTokens ? Accounts.AddToken(db, user, "roster", now).Secret : null;
            created.Add((user, secret));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (TransientDatabaseErrors.Find(error) is null)
        {
            // Another import or creation added one of these names meanwhile (an unavailable database is a 503 instead);
            // nothing of this one was stored.
            return UserProblems.RosterChangedMeanwhile.With();
        }

        return TypedResults.Ok(new RosterImportResult(
            [.. created.Select(c => new ImportedUser(c.User.Id, c.User.UserName, c.User.DisplayName, c.User.Role, c.Token))],
            known));
    }

    internal static async Task<Results<Ok<List<TokenResponse>>, ProblemHttpResult>> Tokens(int userId, GraderDb db, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return UnknownUser(userId);
        }

        var tokens = await db.Tokens.AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(tokens.Select(t => t.AsResponse()).ToList());
    }

    internal static async Task<Results<Created<IssuedToken>, ProblemHttpResult>> IssueToken(
        int userId, CreateTokenRequest request, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return UnknownUser(userId);
        }

        if (user.DeactivatedAt is not null)
        {
            return UserProblems.UserDeactivated.With(user.UserName, userId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var name = string.IsNullOrWhiteSpace(request.Name) ? "token" : request.Name;
        var (token, secret) = Accounts.AddToken(db, user, name, now, request.ExpiresInDays is { } days ? now.AddDays(days) : null);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(
            $"/users/{userId}/tokens/{token.Id}",
            new IssuedToken(token.Id, user.Id, user.UserName, token.Name, secret, token.CreatedAt, token.ExpiresAt));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> RevokeToken(
        int userId, int tokenId, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var token = await db.Tokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            return UserProblems.UnknownToken.With(userId, tokenId);
        }

        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    internal static ProblemHttpResult UserExists(string userName) =>
        UserProblems.UserExists.With(userName);

    internal static ProblemHttpResult UnknownUser(int userId) =>
        UserProblems.UnknownUser.With(userId);

    /// <summary>Reads the CSV body (only text/csv reaches here: the endpoint accepts nothing else).</summary>
    private static async Task<(string? Text, ProblemHttpResult? Problem)> ReadRosterAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var tooLarge = UserProblems.RosterTooLarge.With(MaxRosterBytes);
        if (request.ContentLength > MaxRosterBytes)
        {
            return (null, tooLarge);
        }

        using var reader = new StreamReader(request.Body, new UTF8Encoding(false, true));
        try
        {
            var buffer = new char[MaxRosterBytes + 1];
            var read = await reader.ReadBlockAsync(buffer, cancellationToken);
            return read > MaxRosterBytes ? (null, tooLarge) : (new string(buffer, 0, read).TrimStart('\uFEFF'), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, UserProblems.RosterNotUtf8.With());
        }
    }
}
