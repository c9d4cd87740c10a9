using Grader.Api.Data;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Analytics;

/// <summary>
/// The aggregations the database does over stored grade reports (JSON) and times, in one statement each: the only
/// SQL that differs between SQLite (json_each, text times) and PostgreSQL (jsonb_array_elements, timestamptz).
/// Both read a JSON field with <c>-&gt;&gt;</c>.
/// </summary>
internal sealed class ReportSql(GraderDb db, SubmissionScope scope)
{
    private const int Top = 10;

    private bool Postgres => db.Database.IsNpgsql();

    private string Cases => Postgres
        ? """CROSS JOIN LATERAL jsonb_array_elements(s."Report"::jsonb -> 'cases') AS c(value)"""
        : """CROSS JOIN json_each(s."Report", '$.cases') AS c""";

    private string Diagnostics => Postgres
        ? """CROSS JOIN LATERAL jsonb_array_elements(s."Report"::jsonb -> 'diagnostics') AS c(value)"""
        : """CROSS JOIN json_each(s."Report", '$.diagnostics') AS c""";

    private string Hidden => Postgres ? "(c.value ->> 'visible') = 'false'" : "(c.value ->> 'visible') = 0";

    private string Hour => Postgres
        ? """to_char(s."SubmittedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24')"""
        : """substr(s."SubmittedAt", 1, 13)""";

    /// <summary>
    /// The scope as SQL over <c>s</c> (submissions), <c>u</c> (their users) and what <paramref name="join"/> adds, with
    /// its parameters ({0}: the exercise; {1}, {2}: an assignment's window).
    /// </summary>
    private (string Sql, object[] Parameters) From(string join)
    {
        var sql = $$"""
            FROM "Submissions" AS s JOIN "Users" AS u ON u."Id" = s."UserId" {{join}}
            WHERE s."ExerciseId" = {0} AND s."Status" = '{{nameof(SubmissionStatus.Completed)}}' AND u."Role" = '{{nameof(Role.Student)}}' AND s."Report" IS NOT NULL
            """;
        return scope.From is { } from && scope.Until is { } until
            ? (sql + """ AND s."SubmittedAt" >= {1} AND s."SubmittedAt" <= {2}""", [scope.Exercise.Id, from, until])
            : (sql, [scope.Exercise.Id]);
    }

    public Task<List<FindingRow>> MisconceptionsAsync(CancellationToken cancellationToken) => FindingsAsync(
        Cases, "c.value ->> 'misconception'", "", cancellationToken);

    public Task<List<FindingRow>> CompileErrorsAsync(CancellationToken cancellationToken) => FindingsAsync(
        Diagnostics, "c.value ->> 'id'", $"""AND s."Verdict" = '{nameof(Verdict.CompilationError)}' AND (c.value ->> 'severity') = 'Error'""", cancellationToken);

    private Task<List<FindingRow>> FindingsAsync(string join, string key, string condition, CancellationToken cancellationToken)
    {
        var (from, parameters) = From(join);
        var sql = $"""
            SELECT {key} AS "Key", COUNT(DISTINCT s."Id") AS "Submissions", COUNT(DISTINCT s."UserId") AS "Students", MAX(s."Id") AS "Example"
            {from} AND {key} IS NOT NULL {condition}
            GROUP BY {key}
            ORDER BY "Submissions" DESC, "Key"
            LIMIT {Top}
            """;
        return db.Database.SqlQueryRaw<FindingRow>(sql, parameters).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The case verdicts that say the code ran and failed the case (not skipped, not the whole snippet refused by the
    /// compiler or the API policy, which says nothing about any case).
    /// </summary>
    private static readonly string Failures = string.Join(", ", new[]
    {
        Verdict.WrongAnswer, Verdict.RuntimeError, Verdict.TimeLimitExceeded, Verdict.MemoryLimitExceeded, Verdict.OutputLimitExceeded,
    }.Select(v => $"'{v}'"));

    /// <summary>Hidden cases that ran and failed, by case index.</summary>
    public Task<List<CaseRow>> FailedHiddenCasesAsync(CancellationToken cancellationToken)
    {
        var (from, parameters) = From(Cases);
        var index = "CAST(c.value ->> 'index' AS INTEGER)";
        var sql = $"""
            SELECT {index} AS "Index", COUNT(*) AS "Submissions", COUNT(DISTINCT s."UserId") AS "Students"
            {from}
              AND {Hidden} AND (c.value ->> 'verdict') IN ({Failures})
            GROUP BY {index}
            ORDER BY "Submissions" DESC, "Index"
            LIMIT {Top}
            """;
        return db.Database.SqlQueryRaw<CaseRow>(sql, parameters).ToListAsync(cancellationToken);
    }

    /// <summary>Submissions per hour (UTC, as "yyyy-MM-dd HH") and verdict.</summary>
    public Task<List<HourRow>> VerdictsByHourAsync(CancellationToken cancellationToken)
    {
        var (from, parameters) = From("");
        var sql = $"""
            SELECT {Hour} AS "Hour", s."Verdict" AS "Verdict", COUNT(*) AS "Count"
            {from}
            GROUP BY {Hour}, s."Verdict"
            ORDER BY "Hour", "Verdict"
            """;
        return db.Database.SqlQueryRaw<HourRow>(sql, parameters).ToListAsync(cancellationToken);
    }
}

internal sealed class FindingRow
{
    public string Key { get; set; } = "";

    public long Submissions { get; set; }

    public long Students { get; set; }

    public long Example { get; set; }
}

internal sealed class CaseRow
{
    public long Index { get; set; }

    public long Submissions { get; set; }

    public long Students { get; set; }
}

internal sealed class HourRow
{
    public string Hour { get; set; } = "";

    public string Verdict { get; set; } = "";

    public long Count { get; set; }
}
