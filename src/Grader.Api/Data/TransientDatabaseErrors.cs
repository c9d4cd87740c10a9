using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Grader.Api.Data;

/// <summary>
/// Tells an unavailable database from a bug: the server cannot be reached, is shutting down or starting, has no
/// connection, memory or disk to spare, or a SQLite file is full, read-only, locked beyond the busy timeout or cannot
/// be opened. Such a failure ends by itself or by an operator's hand, and the same request succeeds afterwards, so it
/// is a 503 to clients and a retry to the graders. Anything else (a constraint, a bad query, a wrong password, a
/// missing database) is a bug or a misconfiguration that waiting does not fix. EF Core wraps the provider's exception
/// (DbUpdateException, its execution strategy's InvalidOperationException, RetryLimitExceededException), so the whole
/// chain of inner exceptions is searched.
/// </summary>
internal static class TransientDatabaseErrors
{
    /// <summary>SQLite's primary result codes that mean "not now" (https://sqlite.org/rescode.html).</summary>
    private static readonly HashSet<int> SqliteCodes =
    [
        5,  // SQLITE_BUSY: locked by another connection beyond the busy timeout
        6,  // SQLITE_LOCKED: locked within the same connection's shared cache
        8,  // SQLITE_READONLY: the file, its folder or the file system is read-only
        10, // SQLITE_IOERR: the file system failed a read or write
        13, // SQLITE_FULL: the disk is full
        14, // SQLITE_CANTOPEN: the file or its journal cannot be opened
    ];

    /// <summary>The exception in <paramref name="exception"/>'s chain that says the database is unavailable, or null.</summary>
    public static Exception? Find(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        for (var seen = 0; pending.Count > 0 && seen < 32; seen++)
        {
            var current = pending.Pop();
            if (IsUnavailable(current))
            {
                return current;
            }

            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }

        return null;
    }

    /// <summary>What went wrong in a few words, without hosts, ports or connection strings (for health output and logs).</summary>
    public static string Describe(Exception unavailable) => unavailable switch
    {
        PostgresException postgres => $"PostgreSQL error {postgres.SqlState}",
        SqliteException sqlite => $"SQLite error {sqlite.SqliteErrorCode} (extended {sqlite.SqliteExtendedErrorCode})",
        NpgsqlException { InnerException: SocketException socket } => $"connection failed: {socket.SocketErrorCode}",
        NpgsqlException { InnerException: TimeoutException } => "no answer in time",
        NpgsqlException { InnerException: IOException } => "the connection broke",
        _ => unavailable.GetType().Name,
    };

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException postgres => IsUnavailable(postgres.SqlState),
        // Not from the server: the connection could not be made, broke, timed out, or the pool had none left.
        NpgsqlException npgsql => npgsql.IsTransient,
        SqliteException sqlite => SqliteCodes.Contains(sqlite.SqliteErrorCode),
        _ => false,
    };

    /// <summary>
    /// Class 08 (connection exception), 53 (insufficient resources: disk, memory, too many connections), 57P01-57P03
    /// and 57P05 (the server is shutting down, crashed, is starting, or ended an idle session), 58000 and 58030 (the
    /// server's own system or I/O failed). Contention (serialization failures, deadlocks, lock timeouts) is not an outage and is left out.
    /// </summary>
    private static bool IsUnavailable(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState.StartsWith("53", StringComparison.Ordinal)
        || sqlState is "57P01" or "57P02" or "57P03" or "57P05" or "58000" or "58030";
}
