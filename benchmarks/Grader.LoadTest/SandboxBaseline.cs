using System.Diagnostics;
using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;
using Grader.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.LoadTest;

/// <summary>
/// The same workload graded by the sandbox alone, in this process (no HTTP, no database, no queue): what the API's
/// throughput is compared with, measured in the same run on the same machine. Each submission gets a seed of its own,
/// as attempts do through the API, so the reference runs for each one here too.
/// </summary>
internal static class SandboxBaseline
{
    /// <param name="warmup">How many of <paramref name="work"/> to grade first, untimed, as the API run had.</param>
    public static async Task<double> MeasureAsync(IReadOnlyList<Attempt> work, int warmup, int workers, int callers)
    {
        var catalog = ExerciseCatalog.Load(Path.Combine(AppContext.BaseDirectory, "catalog"));
        await using var pool = await SandboxPool.StartAsync(catalog, new SandboxOptions { Workers = workers }, NullLogger.Instance, CancellationToken.None);
        await GradeAsync(pool, catalog, [.. work.Take(warmup)], callers, firstSeed: 2_000_000);
        // As the service was: timed once this process's runtime stopped recompiling after the warm-up.
        await Settling.UntilQuietAsync(Settling.OwnCpuTime);
        var clock = Stopwatch.StartNew();
        await GradeAsync(pool, catalog, work, callers, firstSeed: 1_000_000);
        return work.Count / clock.Elapsed.TotalSeconds;
    }

    private static async Task GradeAsync(SandboxPool pool, ExerciseCatalog catalog, IReadOnlyList<Attempt> work, int callers, int firstSeed)
    {
        var next = -1;
        var wrong = 0;
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < work.Count)
            {
                var attempt = work[i];
                var exercise = catalog.Find(attempt.ExerciseId)!;
                var seed = firstSeed + i;
                // The reference runs beside the sandbox's compile, as a grader node does.
                var expected = Task.Run(() => exercise.Expected(seed));
                var run = await pool.RunAsync(attempt.ExerciseId, attempt.Code, seed, CancellationToken.None);
                await expected;
                var verdict = LocalGrader.JudgeRun(exercise, seed, run).Verdict.ToString();
                if (!string.Equals(Snake(verdict), attempt.ExpectedVerdict, StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        })));
        if (wrong > 0)
        {
            throw new InvalidOperationException($"{wrong} submissions got another verdict in the sandbox-only run.");
        }
    }

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
