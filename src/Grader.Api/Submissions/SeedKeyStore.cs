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
            // Two replicas may both find none: the primary key lets one insert win, and both then read the winner's.
            try
            {
                db.Add(new ServerSecret
                {
                    Name = ServerSecret.HiddenCaseSeedKey,
                    Value = RandomNumberGenerator.GetBytes(Seeds.KeyBytes),
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                });
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another replica made it first.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }

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
