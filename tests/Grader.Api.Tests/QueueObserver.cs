using Npgsql;

namespace Grader.Api.Tests;

/// <summary>
/// Looks at the PostgreSQL queue directly, for what the API does not show: claim numbers, and which node claimed and
/// finished each submission. The latter is test instrumentation installed in the throw-away database (the service
/// records no such thing): every node connects with its own <c>Application Name</c>, and a trigger writes one row per
/// change of a submission's status or claim number, in the transaction that made the change.
/// </summary>
public sealed class QueueObserver(string connectionString)
{
    /// <summary>A claim (status running), a completion, or a release (queued), by the node that made it.</summary>
    public sealed record Change(long SubmissionId, int Attempts, string Status, string Node, DateTime At);

    /// <summary>Installs the claim log; call once the service has created the tables.</summary>
    public Task InstallClaimLogAsync() => ExecuteAsync(
        """
        CREATE TABLE test_claim_log (
            seq bigserial PRIMARY KEY,
            submission_id bigint NOT NULL,
            attempts integer NOT NULL,
            status text NOT NULL,
            node text NOT NULL,
            at timestamptz NOT NULL DEFAULT clock_timestamp());
        CREATE FUNCTION test_log_claim() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW."Status" IS DISTINCT FROM OLD."Status" OR NEW."Attempts" IS DISTINCT FROM OLD."Attempts" THEN
                INSERT INTO test_claim_log (submission_id, attempts, status, node)
                VALUES (NEW."Id", NEW."Attempts", NEW."Status", current_setting('application_name'));
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER test_log_claim AFTER UPDATE ON "Submissions" FOR EACH ROW EXECUTE FUNCTION test_log_claim();
        """);

    /// <summary>Submissions in a status (Queued, Running, Completed).</summary>
    public async Task<int> CountAsync(string status) =>
        (int)(long)(await ScalarAsync("""SELECT count(*) FROM "Submissions" WHERE "Status" = $1""", status) ?? 0L);

    /// <summary>Submissions running under a claim the node made (those it held, if it is dead).</summary>
    public async Task<IReadOnlyList<long>> HeldByAsync(string node)
    {
        var held = new List<long>();
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT s."Id" FROM "Submissions" s
            CROSS JOIN LATERAL (
                SELECT node FROM test_claim_log c
                WHERE c.submission_id = s."Id" AND c.attempts = s."Attempts" AND c.status = 'Running'
                ORDER BY c.seq DESC LIMIT 1) claim
            WHERE s."Status" = 'Running' AND claim.node = $1
            ORDER BY s."Id"
            """, connection) { Parameters = { new() { Value = node } } };
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            held.Add(reader.GetInt64(0));
        }

        return held;
    }

    /// <summary>
    /// Waits until the server has no session of the node left: after a kill, a statement the node had sent may still
    /// commit until its session ends, so only then is what it held final.
    /// </summary>
    public async Task WaitUntilDisconnectedAsync(string node, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while ((long)(await ScalarAsync("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1", node) ?? 0L) > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"PostgreSQL still had sessions of {node} {within} after it was killed.");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits until none of the node's sessions is running a statement (a frozen node's last ones finished).</summary>
    public async Task WaitUntilIdleAsync(string node, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while ((long)(await ScalarAsync("SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND state = 'active'", node) ?? 0L) > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{node}'s sessions were still running statements after {within}.");
            await Task.Delay(20);
        }
    }

    public async Task<DateTime> NowAsync() => (DateTime)(await ScalarAsync("SELECT clock_timestamp()"))!;

    /// <summary>Each submission's claim count.</summary>
    public async Task<IReadOnlyDictionary<long, int>> AttemptsAsync()
    {
        var attempts = new Dictionary<long, int>();
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Id", "Attempts" FROM "Submissions" """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            attempts[reader.GetInt64(0)] = reader.GetInt32(1);
        }

        return attempts;
    }

    public async Task<IReadOnlyList<Change>> ChangesAsync()
    {
        var changes = new List<Change>();
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT submission_id, attempts, status, node, at FROM test_claim_log ORDER BY seq", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            changes.Add(new Change(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetDateTime(4)));
        }

        return changes;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection($"{connectionString};Application Name=test");
        await connection.OpenAsync();
        return connection;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql, params object[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteScalarAsync();
    }
}
