using System.Security.Cryptography;
using Grader.Api.Data;
using Grader.Exercises.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Submissions;

/// <summary>
/// The key under which hidden cases' seeds are derived (<see cref="Seeds.ForAttempt"/>): generated on first use and
/// stored in the database (<see cref="ServerSecret"/>), so every replica and every restart shares it. It never
/// changes once made, so it is cached after the first read.
/// </summary>
internal sealed class SeedKeyStore(TimeProvider clock)
{
    private byte[]? key;

    public async Task<byte[]> KeyAsync(GraderDb db, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref key) is { } known)
        {
            return known;
        }

        var stored = await Read(db, cancellationToken);
        if (stored is null)
        {
            // Several requests (or replicas) may find none at once: each offers a key, the first insert wins without
            // an error for the others, and all of them then read the winner's. Quoted names suit SQLite and PostgreSQL.
            var offered = RandomNumberGenerator.GetBytes(Seeds.KeyBytes);
            var name = ServerSecret.HiddenCaseSeedKey;
            var createdAt = clock.GetUtcNow().UtcDateTime;
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "ServerSecrets" ("Name", "Value", "CreatedAt") VALUES ({name}, {offered}, {createdAt}) ON CONFLICT ("Name") DO NOTHING""",
                cancellationToken);
            stored = await Read(db, cancellationToken) ?? throw new InvalidOperationException("The hidden-case seed key could not be stored.");
        }

        Volatile.Write(ref key, stored);
        return stored;
    }

    private static Task<byte[]?> Read(GraderDb db, CancellationToken cancellationToken) =>
        db.Set<ServerSecret>().AsNoTracking()
            .Where(s => s.Name == ServerSecret.HiddenCaseSeedKey)
            .Select(s => s.Value)
            .SingleOrDefaultAsync(cancellationToken);
}
