using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Grader.Api.Data;

/// <summary>
/// SQLite opens a file it may not write read-only instead of failing, and the connection pool would keep serving such
/// connections after the file is writable again, so the service would not recover by itself. When a write is refused
/// as read-only, the pool is emptied: connections in use are closed when returned, new ones open the file afresh.
/// </summary>
internal sealed class SqliteReadOnlyInterceptor : DbCommandInterceptor, IDbTransactionInterceptor
{
    public static readonly SqliteReadOnlyInterceptor Instance = new();

    private const int SqliteReadOnly = 8;

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        ForgetIfReadOnly(command.Connection, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetIfReadOnly(command.Connection, eventData.Exception);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        ForgetIfReadOnly(transaction.Connection, eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetIfReadOnly(transaction.Connection, eventData.Exception);
        return Task.CompletedTask;
    }

    private static void ForgetIfReadOnly(DbConnection? connection, Exception exception)
    {
        if (connection is SqliteConnection sqlite && exception is SqliteException { SqliteErrorCode: SqliteReadOnly })
        {
            SqliteConnection.ClearPool(sqlite);
        }
    }
}
