using System.Diagnostics;
using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;
using Grader.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.Benchmarks;

/// <summary>
/// The sandbox measured as students use it: cumsum graded through the worker pool (compile, allowlist, all cases,
/// host-side check), for latency, throughput, worker start and memory over 5,000 submissions; and, in the same run,
/// the naive design of one fresh worker process per submission. <c>--latency-only</c> measures only the warm latency
/// (100 warm-up, then <c>--runs</c> submissions, default 1000) and the workers' memory: about 20 s, for comparing two
/// builds on a shared machine, interleaved.
/// </summary>
internal static class PoolBenchmark
{
    private const string Cumsum = "(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(0, keepdim: true), A.cumsum(0));";
    private const int Students = 50;

    public static async Task RunAsync(IReadOnlyList<string> args)
    {
        var latencyOnly = args.Contains("--latency-only");
        var runsAt = args.ToList().IndexOf("--runs");
        var runs = runsAt >= 0 && runsAt + 1 < args.Count ? int.Parse(args[runsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        var catalog = ExerciseCatalog.Load(ExerciseCatalog.DefaultDirectory);
        var cumsum = catalog.Find("cumsum")!;
        var seeds = Enumerable.Range(0, Students).Select(i => Seeds.ForStudent("cumsum", $"student-{i}")).ToArray();
        foreach (var seed in seeds)
        {
            catalog.Find("cumsum")!.Expected(seed);
        }

        var starts = new List<double>();
        for (var i = 0; i < (latencyOnly ? 0 : 5); i++)
        {
            var single = Stopwatch.StartNew();
            await using (await SandboxPool.StartAsync(catalog, new SandboxOptions { Workers = 1 }, NullLogger.Instance, CancellationToken.None))
            {
                starts.Add(single.Elapsed.TotalMilliseconds);
            }
        }

        if (!latencyOnly)
        {
            starts.Sort();
            Report("one worker ready after start, median of 5", Percentile(starts, 0.5), "ms", "≤ 3000 ms");
        }

        var start = Stopwatch.StartNew();
        await using var pool = await SandboxPool.StartAsync(catalog, new SandboxOptions { Workers = 2, RecycleAfter = 1_000_000 }, NullLogger.Instance, CancellationToken.None);
        Report("two workers ready after start (in parallel on 2 cores)", start.Elapsed.TotalMilliseconds, "ms", "");
        Console.WriteLine($"layers: {string.Join("; ", pool.Layers.Describe())}");

        var submitted = 0;
        var inWorker = new List<double>();
        async Task<double> GradeOnce()
        {
            var clock = Stopwatch.StartNew();
            var seed = seeds[Interlocked.Increment(ref submitted) % Students];
            var report = LocalGrader.JudgeRun(cumsum, seed, await pool.RunAsync("cumsum", Cumsum, seed, CancellationToken.None));
            if (report.Verdict != Verdict.Accepted)
            {
                throw new InvalidOperationException($"Not accepted: {report.Summary.En} {string.Join(" | ", report.Cases.Select(c => c.Message?.En))}");
            }

            lock (inWorker)
            {
                inWorker.Add(report.CompileMs + report.RunMs);
            }

            return clock.Elapsed.TotalMilliseconds;
        }

        for (var i = 0; i < 100; i++)
        {
            await GradeOnce();
        }

        var rssAfter100 = WorkerResidentMb(pool);

        var latencies = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            latencies.Add(await GradeOnce());
        }

        // How fast a fresh worker warms: the JIT optimizes Roslyn's hot paths over its first few hundred runs.
        var curve = inWorker.Chunk(250).Where(block => block.Length == 250).Select(block => block.Order().ElementAt(125).ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine($"| compile + run inside the worker, median of each 250 submissions (2 workers) | {string.Join(" → ", curve)} ms | |");

        latencies.Sort();
        var workerShare = inWorker.Skip(100).Order().ToList();
        Report("latency, one submission at a time, median", Percentile(latencies, 0.50), "ms", "≤ 15 ms");
        Report("  of which compile + run inside the worker, median", Percentile(workerShare, 0.50), "ms", "");
        Report("latency, one submission at a time, p99", Percentile(latencies, 0.99), "ms", "≤ 50 ms");
        if (latencyOnly)
        {
            Report("worker resident memory after 100 submissions (mean of workers)", rssAfter100, "MB", "");
            Report($"worker resident memory after {100 + runs} submissions (mean of workers)", WorkerResidentMb(pool), "MB", "");
            return;
        }

        const int burst = 2000;
        var throughput = Stopwatch.StartNew();
        var gate = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, burst).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                await GradeOnce();
            }
            finally
            {
                gate.Release();
            }
        }));
        Report("throughput, 8 callers, 2 workers", burst / throughput.Elapsed.TotalSeconds, "submissions/s", "≥ 100/s");

        while (submitted < 5000)
        {
            await GradeOnce();
        }

        var rssAfter5000 = WorkerResidentMb(pool);
        Report("worker resident memory after 100 submissions (mean of workers)", rssAfter100, "MB", "");
        Report("worker resident memory after 5,000 submissions (mean of workers)", rssAfter5000, "MB", $"≤ {1.25 * rssAfter100:F0} MB (1.25×)");

        await NaiveAsync(catalog, seeds);
    }

    /// <summary>One fresh worker per submission: every submission waits for a worker process to start.</summary>
    private static async Task NaiveAsync(ExerciseCatalog catalog, int[] seeds)
    {
        await using var pool = await SandboxPool.StartAsync(catalog, new SandboxOptions { Workers = 1, RecycleAfter = 1 }, NullLogger.Instance, CancellationToken.None);
        var latencies = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            while (pool.ReadyWorkers == 0)
            {
                await Task.Delay(1);
            }

            // The clock starts when the previous submission's worker is gone and a new one must serve this one.
            var clock = Stopwatch.StartNew();
            await pool.RunAsync("cumsum", Cumsum, seeds[i % seeds.Length], CancellationToken.None);
            var graded = clock.Elapsed.TotalMilliseconds;
            var startClock = Stopwatch.StartNew();
            while (pool.ReadyWorkers == 0)
            {
                await Task.Delay(5);
            }

            latencies.Add(graded + startClock.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        Report("naive: fresh worker process per submission (start + grade), median", Percentile(latencies, 0.5), "ms", "");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static void Report(string what, double value, string unit, string target) =>
        Console.WriteLine($"| {what} | {value:F1} {unit} | {target} |");

    /// <summary>Mean resident memory of the .NET worker processes (the largest process under each worker's bwrap).</summary>
    private static double WorkerResidentMb(SandboxPool pool) =>
        pool.WorkerProcessIds.Select(pid => Descendants(pid).Select(ResidentKb).DefaultIfEmpty(0).Max()).Average() / 1024.0;

    private static IEnumerable<int> Descendants(int pid)
    {
        yield return pid;
        var children = $"/proc/{pid}/task/{pid}/children";
        if (!File.Exists(children))
        {
            yield break;
        }

        foreach (var child in File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    private static long ResidentKb(int pid)
    {
        var status = $"/proc/{pid}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
