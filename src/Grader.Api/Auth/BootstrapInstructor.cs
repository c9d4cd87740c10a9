using Grader.Api.Data;
using Grader.Api.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Auth;

/// <summary>
/// Makes sure someone can log in on a new installation: the configured bootstrap token belongs to the first
/// instructor; without one, and with no instructor in the database, a token is generated and printed once.
/// </summary>
internal sealed partial class BootstrapInstructor(
    IServiceScopeFactory scopes,
    IOptions<AuthOptions> options,
    TimeProvider clock,
    ILogger<BootstrapInstructor> logger) : IHostedService
{
    private const string BootstrapName = "bootstrap";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        var configured = options.Value.BootstrapToken;
        var now = clock.GetUtcNow().UtcDateTime;

        if (!string.IsNullOrWhiteSpace(configured))
        {
            var hash = Tokens.Hash(configured);
            if (await db.Tokens.AnyAsync(t => t.Hash == hash, cancellationToken))
            {
                return;
            }

            var instructor = await FindOrCreateInstructorAsync(db, now, cancellationToken);

            // A changed bootstrap token replaces the previous one: rotating it in the configuration revokes the old.
            await db.Tokens.Where(t => t.UserId == instructor.Id && t.Name == BootstrapName && t.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
            Accounts.AddToken(db, instructor, BootstrapName, now, secret: configured);
            await SaveAsync(db, () => db.Tokens.AnyAsync(t => t.Hash == hash, CancellationToken.None), cancellationToken);
            LogConfiguredToken(logger, instructor.UserName);
            return;
        }

        if (await db.Users.AnyAsync(u => u.Role == Role.Instructor, cancellationToken))
        {
            return;
        }

        var first = await FindOrCreateInstructorAsync(db, now, cancellationToken);
        var (_, secret) = Accounts.AddToken(db, first, BootstrapName, now);
        if (await SaveAsync(db, () => db.Users.AnyAsync(u => u.Role == Role.Instructor, CancellationToken.None), cancellationToken))
        {
            LogGeneratedToken(logger, first.UserName, secret);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Saves; if another replica starting at the same moment already did the same, that is fine too.</summary>
    private static async Task<bool> SaveAsync(GraderDb db, Func<Task<bool>> doneElsewhere, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            if (await doneElsewhere())
            {
                return false;
            }

            throw;
        }
    }

    private async Task<User> FindOrCreateInstructorAsync(GraderDb db, DateTime now, CancellationToken cancellationToken)
    {
        var userName = options.Value.BootstrapUserName;
        var normalized = UserNameNormalizer.Normalize(userName);
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        if (user is { Role: not Role.Instructor })
        {
            // Never hand an instructor's token to a student or TA who happens to have that name.
            throw new InvalidOperationException(
                $"Auth:BootstrapUserName is '{userName}', but that user is a {user.Role}, not an instructor. Choose another name.");
        }

        if (user is null)
        {
            user = Accounts.AddUser(db, userName, "Instructor", Role.Instructor, now);
        }

        return user;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The configured bootstrap token now belongs to instructor '{UserName}'.")]
    private static partial void LogConfiguredToken(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No instructor existed: created '{UserName}' with the token {Token} (shown only this once; set Auth:BootstrapToken to choose it).")]
    private static partial void LogGeneratedToken(ILogger logger, string userName, string token);
}
