using Grader.Api.Data;
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
            db.Tokens.Add(new ApiToken { User = instructor, Hash = hash, Prefix = Tokens.PrefixOf(configured), Name = "bootstrap", CreatedAt = now });
            await db.SaveChangesAsync(cancellationToken);
            LogConfiguredToken(logger, instructor.UserName);
            return;
        }

        if (await db.Users.AnyAsync(u => u.Role == Role.Instructor, cancellationToken))
        {
            return;
        }

        var first = await FindOrCreateInstructorAsync(db, now, cancellationToken);
        var token = Tokens.Create();
        db.Tokens.Add(new ApiToken { User = first, Hash = token.Hash, Prefix = token.Prefix, Name = "bootstrap", CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        LogGeneratedToken(logger, first.UserName, token.Token);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<User> FindOrCreateInstructorAsync(GraderDb db, DateTime now, CancellationToken cancellationToken)
    {
        var userName = options.Value.BootstrapUserName;
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        if (user is null)
        {
            user = new User { UserName = userName, DisplayName = "Instructor", Role = Role.Instructor, CreatedAt = now };
            db.Users.Add(user);
        }

        return user;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The configured bootstrap token now belongs to instructor '{UserName}'.")]
    private static partial void LogConfiguredToken(ILogger logger, string userName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No instructor existed: created '{UserName}' with the token {Token} (shown only this once; set Auth:BootstrapToken to choose it).")]
    private static partial void LogGeneratedToken(ILogger logger, string userName, string token);
}
