using System.Net.Sockets;
using Grader.Api.Http;
using Grader.Sandbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Grader.Api.Tests;

/// <summary>Which failures are "the database (or the pool) is unavailable, try again" (503) and which are bugs (500).</summary>
public sealed class UnavailableClassifierTests
{
    public static TheoryData<string, Exception> Unavailable => new()
    {
        { "PostgreSQL down: connection refused", Refused() },
        { "connect or command timeout", new NpgsqlException("Exception while reading from stream", new TimeoutException()) },
        { "pool exhausted", new NpgsqlException("The connection pool has been exhausted", new TimeoutException()) },
        { "connection broke mid-query", new NpgsqlException("Exception while reading from stream", new EndOfStreamException()) },
        { "57P01 admin shutdown (fast stop, failover)", Postgres("57P01") },
        { "57P02 crash shutdown", Postgres("57P02") },
        { "57P03 starting up or shutting down", Postgres("57P03") },
        { "53300 too many connections", Postgres("53300") },
        { "53100 disk full", Postgres("53100") },
        { "08006 connection failure", Postgres("08006") },
        { "58030 I/O error", Postgres("58030") },
        { "SQLITE_BUSY beyond the busy timeout", new SqliteException("database is locked", 5) },
        { "SQLITE_LOCKED", new SqliteException("database table is locked", 6) },
        { "SQLITE_READONLY", new SqliteException("attempt to write a readonly database", 8, 8 | (1 << 8)) },
        { "SQLITE_IOERR (write refused)", new SqliteException("disk I/O error", 10, 10 | (3 << 8)) },
        { "SQLITE_FULL", new SqliteException("database or disk is full", 13) },
        { "SQLITE_CANTOPEN", new SqliteException("unable to open database file", 14) },
        { "wrapped by SaveChanges", new DbUpdateException("An error occurred while saving the entity changes.", new SqliteException("database or disk is full", 13)) },
        {
            "wrapped by Npgsql's execution strategy",
            new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", Refused())
        },
        { "wrapped by a retrying strategy that gave up", new RetryLimitExceededException("Maximum number of retries exceeded.", Postgres("57P03")) },
        { "one of several", new AggregateException(new InvalidOperationException("first"), new DbUpdateException("second", Postgres("57P01"))) },
    };

    public static TheoryData<string, Exception> Bugs => new()
    {
        { "unique violation", new DbUpdateException("An error occurred while saving.", Postgres("23505")) },
        { "undefined table (a missing migration)", Postgres("42P01") },
        { "syntax error", Postgres("42601") },
        { "wrong password (configuration)", Postgres("28P01") },
        { "no such database (configuration)", Postgres("3D000") },
        { "deadlock (contention, not an outage)", Postgres("40P01") },
        { "query cancelled", Postgres("57014") },
        { "not transient Npgsql error", new NpgsqlException("Something the driver did not expect") },
        { "SQLite constraint", new DbUpdateException("An error occurred while saving.", new SqliteException("UNIQUE constraint failed", 19)) },
        { "SQLite SQL error", new SqliteException("no such table: Submissions", 1) },
        { "SQLite corrupt file", new SqliteException("database disk image is malformed", 11) },
        { "a plain bug", new InvalidOperationException("Sequence contains no elements") },
        { "a null reference", new NullReferenceException() },
        { "a timeout not from the database", new TimeoutException() },
        { "a cancellation", new OperationCanceledException() },
    };

    [Theory]
    [MemberData(nameof(Unavailable))]
    public void The_database_being_unavailable_is_recognised_through_any_wrapping(string because, Exception exception)
    {
        var classified = UnavailableHandler.Classify(exception);

        Assert.True(classified is not null, because);
        Assert.Equal(Dependency.Database, classified.Value.Dependency);
    }

    [Theory]
    [MemberData(nameof(Bugs))]
    public void Bugs_and_misconfigurations_are_not_taken_for_an_outage(string because, Exception exception)
    {
        Assert.True(UnavailableHandler.Classify(exception) is null, because);
    }

    [Fact]
    public void A_grading_pool_that_is_not_ready_is_named_as_such()
    {
        var exception = new InvalidOperationException("outer", new SandboxUnavailableException("The sandbox pool has stopped."));

        Assert.Equal((Dependency.GradingPool, "The sandbox pool has stopped."), UnavailableHandler.Classify(exception));
        Assert.Equal("grading pool", UnavailableHandler.Name(Dependency.GradingPool));
        Assert.Equal("database", UnavailableHandler.Name(Dependency.Database));
    }

    [Fact]
    public void The_reason_names_neither_host_nor_port()
    {
        var (_, reason) = UnavailableHandler.Classify(new DbUpdateException("failed", Refused()))!.Value;

        Assert.Equal("connection failed: ConnectionRefused", reason);
    }

    private static NpgsqlException Refused() =>
        new("Failed to connect to 10.20.30.40:5432", new SocketException((int)SocketError.ConnectionRefused));

    private static PostgresException Postgres(string sqlState) => new($"error {sqlState}", "FATAL", "FATAL", sqlState);
}
