using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Grader.Api.Data;

/// <summary>
/// Lets SQLite itself wait for a lock another connection holds (the queue's insert, a grade being stored), in steps
/// of a few milliseconds. Without a busy timeout SQLite answers "busy" at once and Microsoft.Data.Sqlite sleeps
/// 150 ms before each new try, so two writers meeting cost one of them 150 ms: under a class's load that was most of
/// the service's tail latency. The total wait stays the connection's command timeout, as before.
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeoutInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => SetBusyTimeout(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SetBusyTimeout(connection);
        return Task.CompletedTask;
    }

    private static void SetBusyTimeout(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite)
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, checked(sqlite.DefaultTimeout * 1000));
        }
    }
}
