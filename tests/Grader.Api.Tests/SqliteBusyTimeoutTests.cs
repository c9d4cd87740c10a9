using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests;

/// <summary>SQLite waits for a lock in small steps, not Microsoft.Data.Sqlite's 150 ms sleeps between tries.</summary>
public sealed class SqliteBusyTimeoutTests
{
    [Fact]
    public async Task Every_connection_the_service_opens_waits_for_locks_inside_sqlite_for_its_command_timeout()
    {
        await using var api = await GraderApiFactory.StartAsync();

        var timeouts = await api.WithDatabaseAsync(async db =>
        {
            var found = new List<long>();
            // Twice: a fresh connection, then one the pool hands out again.
            for (var i = 0; i < 2; i++)
            {
                await db.Database.OpenConnectionAsync();
                await using (var command = db.Database.GetDbConnection().CreateCommand())
                {
                    command.CommandText = "PRAGMA busy_timeout;";
                    found.Add(Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
                }

                await db.Database.CloseConnectionAsync();
            }

            return found;
        });

        Assert.Equal([30_000L, 30_000L], timeouts);
    }
}
