using System.Data.Common;
using System.Text.Json;
using Grader.Api.Data;
using Grader.Exercises.Catalog;
using Grader.Exercises.Running;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Grading;

/// <summary>
/// The reference solution's results that the judge compares with: from memory (least recently used forgotten first),
/// else from the database (another grader or an earlier start ran them), else run now and stored. Running is trusted
/// code in this process, without a process-wide lock (<see cref="ConsoleCapture"/>); a grader asks for a submission's
/// seed when it claims it, so the reference runs while the sandbox compiles and the judge finds it done. Callers who
/// ask for the same seed at once share one run.
/// </summary>
internal sealed partial class ReferenceResults(
    IServiceScopeFactory scopes,
    IOptions<GradingOptions> options,
    GradingMetrics metrics,
    TimeProvider clock,
    ILogger<ReferenceResults> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // A reference may return NaN or an infinity (a limit, a division): stored as named literals.
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private readonly LruCache<(string Exercise, string Version, int Seed), Task<IReadOnlyList<CaseRun>?>> memory =
        new(options.Value.ReferenceCacheEntries);

    /// <summary>Whether this process may run references (the api role never loads libtorch: it only reads them).</summary>
    private bool CanRun => options.Value.Role != GradingRole.Api;

    /// <summary>The results for a seed; null only where this process may not run the reference and none is stored.</summary>
    /// <param name="unseen">
    /// The seed of an attempt graded for the first time: no grader has run it, so the database is not asked (its
    /// results are still stored, for a rejudge or a retry).
    /// </param>
    public async Task<IReadOnlyList<CaseRun>?> GetAsync(Exercise exercise, int seed, bool unseen = false)
    {
        var key = (exercise.Id, exercise.Version, seed);
        var hit = true;
        var shared = memory.GetOrAdd(key, _ =>
        {
            hit = false;
            return Task.Run(() => LoadOrRunAsync(exercise, seed, unseen && CanRun));
        });
        if (hit)
        {
            metrics.ReferenceLookup("memory");
        }

        try
        {
            var runs = await shared;
            if (runs is null || !Exercise.Complete(runs))
            {
                // Nothing stored yet (api role), or a run that missed its deadline on a busy machine: ask again next time.
                memory.Remove(key, shared);
            }

            return runs;
        }
        catch
        {
            memory.Remove(key, shared);
            throw;
        }
    }

    private async Task<IReadOnlyList<CaseRun>?> LoadOrRunAsync(Exercise exercise, int seed, bool unseen)
    {
        if (!unseen && await ReadAsync(exercise, seed) is { } stored)
        {
            metrics.ReferenceLookup("database");
            return stored;
        }

        if (!CanRun)
        {
            return null;
        }

        metrics.ReferenceLookup("run");
        var runs = exercise.RunReference(seed);
        if (Exercise.Complete(runs))
        {
            await StoreAsync(exercise, seed, runs);
        }

        return runs;
    }

    private async Task<IReadOnlyList<CaseRun>?> ReadAsync(Exercise exercise, int seed)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
            var json = await db.ReferenceRuns.AsNoTracking()
                .Where(r => r.ExerciseId == exercise.Id && r.CatalogVersion == exercise.Version && r.Seed == seed)
                .Select(r => r.Runs)
                .FirstOrDefaultAsync();
            return json is null ? null : JsonSerializer.Deserialize<List<CaseRun>>(json, Json);
        }
        catch (Exception error) when (error is DbException or JsonException or InvalidOperationException)
        {
            // The database is away or the row unreadable: running the reference again is always correct.
            LogReadFailed(logger, error, exercise.Id, seed);
            return null;
        }
    }

    private async Task StoreAsync(Exercise exercise, int seed, IReadOnlyList<CaseRun> runs)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
            var json = JsonSerializer.Serialize(runs, Json);
            var createdAt = clock.GetUtcNow().UtcDateTime;
            // Two graders may run the same seed at once (a rejudge): the first row stays. Quoted names suit both providers.
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "ReferenceRuns" ("ExerciseId", "CatalogVersion", "Seed", "Runs", "CreatedAt")
                VALUES ({exercise.Id}, {exercise.Version}, {seed}, {json}, {createdAt})
                ON CONFLICT ("ExerciseId", "CatalogVersion", "Seed") DO NOTHING
                """);
        }
        catch (Exception error) when (error is DbException or InvalidOperationException)
        {
            LogStoreFailed(logger, error, exercise.Id, seed);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read stored reference results for {Exercise} seed {Seed}; running the reference.")]
    private static partial void LogReadFailed(ILogger logger, Exception error, string exercise, int seed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store reference results for {Exercise} seed {Seed}; they stay in memory.")]
    private static partial void LogStoreFailed(ILogger logger, Exception error, string exercise, int seed);
}
