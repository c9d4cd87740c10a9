using System.Globalization;
using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;

namespace Grader.Sandbox.Tests;

/// <summary>
/// What a run leaves behind in a warm worker, end to end on one real worker: either the worker puts it back and the
/// next honest submission on the same worker (same process) is graded correctly, or the worker retires, says why, and
/// a fresh one grades it. The policy refuses every API a student could leave a worker dirty with, so the dirt is left
/// by trusted code in the run instead: a test exercise's last hidden case whose generator does it
/// (<see cref="CatalogCopy.WithDirtyCumsum"/>). Process-wide torch settings are tested the same way in process, in
/// Grader.Exercises.Tests' RunHygieneTests.
/// </summary>
[Collection(OwnPoolCollection.Name)]
public sealed class WorkerHygieneTests : IAsyncLifetime
{
    private static readonly string HonestAutograd = File.ReadAllText(Path.Combine(ExerciseCatalog.DefaultDirectory, "autograd", "reference.cs"));

    private readonly CatalogCopy catalog = CatalogCopy.OfCumsum("""{ "timeMs": 5000 }""", "autograd")
        .WithDirtyCumsum("dirty-inference-mode", "_ = inference_mode();")
        .WithDirtyCumsum("dirty-grad-off", "_ = set_grad_enabled(false);")
        // 20 MB left in two open scopes each run; kept, three runs would take the worker past its baseline + margin.
        .WithDirtyCumsum("dirty-dispose-scope", "_ = NewDisposeScope(); _ = NewDisposeScope(); _ = ones(5_000_000).add_(1);")
        .WithDirtyCumsum("dirty-threads", "set_num_threads(2);")
        .WithDirtyCumsum("dirty-late-writer", "new System.Threading.Thread(() => { for (var i = 0; i < 100; i++) { Console.Write(\"boo\"); System.Threading.Thread.Sleep(20); } }) { IsBackground = true }.Start();");
    private readonly RecordingLogger log = new();
    private SandboxPool pool = null!;

    public async Task InitializeAsync() =>
        pool = await SandboxPool.StartAsync(catalog.Load(), new SandboxOptions { Workers = 1 }, log, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await pool.DisposeAsync();
        catalog.Dispose();
    }

    [Fact]
    public async Task Two_hundred_honest_submissions_never_retire_the_worker()
    {
        var worker = await WorkerAsync();
        for (var i = 0; i < 200; i++)
        {
            var exercise = i % 4 == 0 ? "autograd" : "cumsum";
            var report = await pool.GradeAsync(exercise, exercise == "cumsum" ? PoolFixture.HonestCumsum : HonestAutograd, i, CancellationToken.None);
            Assert.Equal(Verdict.Accepted, report.Verdict);
        }

        AssertSameWorker(worker, await WorkerAsync());
    }

    [Theory]
    [InlineData("dirty-inference-mode")]
    [InlineData("dirty-grad-off")]
    [InlineData("dirty-dispose-scope")]
    [InlineData("dirty-threads")]
    public async Task State_a_run_leaves_behind_is_put_back_and_the_same_worker_grades_the_next_submission_right(string dirty)
    {
        var worker = await WorkerAsync();

        for (var run = 0; run < 3; run++)
        {
            var left = await pool.GradeAsync(dirty, PoolFixture.HonestCumsum, run, CancellationToken.None);
            Assert.Equal(Verdict.Accepted, left.Verdict);
        }

        var autograd = await pool.GradeAsync("autograd", HonestAutograd, 2, CancellationToken.None);
        var cumsum = await pool.GradeAsync("cumsum", PoolFixture.HonestCumsum, 3, CancellationToken.None);

        Assert.Equal(Verdict.Accepted, autograd.Verdict);
        Assert.Equal(autograd.MaxScore, autograd.Score);
        Assert.Equal(Verdict.Accepted, cumsum.Verdict);
        AssertSameWorker(worker, await WorkerAsync());
    }

    [Fact]
    public async Task A_worker_whose_run_leaves_code_writing_after_it_ended_retires_and_says_why()
    {
        var worker = await WorkerAsync();

        await pool.GradeAsync("dirty-late-writer", PoolFixture.HonestCumsum, 1, CancellationToken.None);
        var honest = await pool.GradeAsync("cumsum", PoolFixture.HonestCumsum, 2, CancellationToken.None);

        Assert.Equal(Verdict.Accepted, honest.Verdict);
        Assert.DoesNotContain("boo", honest.Cases[0].Output, StringComparison.Ordinal);
        Assert.True(worker != await WorkerAsync(), "The worker was not retired. The pool said:\n" + string.Join("\n", log.Lines));
        Assert.Contains(log.Retirements, r => r.Contains("written to the console", StringComparison.Ordinal) || r.Contains("threads it did not start", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_worker_whose_memory_grew_past_its_baseline_plus_the_margin_retires_and_says_why()
    {
        // 100 MB of managed array: the large-object heap is only collected in full collections, which the worker does
        // not force after every run (they would empty Roslyn's caches), so it is still resident when the run is over.
        const string grower = """
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                var big = new double[12_500_000];
                for (var i = 0; i < big.Length; i += 512) big[i] = i;
                return (A.sum(0, keepdim: true), A.cumsum(0));
            }
            """;
        var worker = await WorkerAsync();

        var report = await pool.GradeAsync("cumsum", grower, 1, CancellationToken.None);
        var honest = await pool.GradeAsync("cumsum", PoolFixture.HonestCumsum, 2, CancellationToken.None);
        var next = await WorkerAsync();

        Assert.Equal(Verdict.Accepted, report.Verdict);
        Assert.Equal(Verdict.Accepted, honest.Verdict);
        Assert.True(worker != next, "The worker was not retired. The pool said:\n" + string.Join("\n", log.Lines));
        Assert.Contains(log.Retirements, r => r.Contains("resident memory", StringComparison.Ordinal) && r.Contains("over its baseline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_memory_limit_is_fixed_when_the_worker_is_ready_and_stays_so_across_runs()
    {
        var worker = await WorkerAsync();
        var limit = MemoryLimitOf(worker);

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(Verdict.Accepted, (await pool.GradeAsync("cumsum", PoolFixture.HonestCumsum, i, CancellationToken.None)).Verdict);
        }

        AssertSameWorker(worker, await WorkerAsync());
        Assert.Equal(limit, MemoryLimitOf(worker));
        Assert.Contains(log.Lines, l => l.Contains("limit fixed at", StringComparison.Ordinal));
    }

    private void AssertSameWorker(int before, int after) =>
        Assert.True(before == after && log.Retirements.Count == 0, "The worker was retired. The pool said:\n" + string.Join("\n", log.Lines));

    /// <summary>The live worker's process, once the pool has one idle (a retired worker is replaced in the background).</summary>
    private async Task<int> WorkerAsync()
    {
        for (var wait = 0; pool.ReadyWorkers == 0 && wait < 600; wait++)
        {
            await Task.Delay(50);
        }

        return Assert.Single(pool.WorkerProcessIds);
    }

    /// <summary>The memory limit of a worker's cgroup (v1 here), found by the pool's naming: grader-&lt;host pid&gt;-w&lt;n&gt;.</summary>
    private static long? MemoryLimitOf(int workerProcessId)
    {
        var own = File.ReadLines("/proc/self/cgroup").Select(l => l.Split(':', 3)).FirstOrDefault(p => p.Length == 3 && p[1].Split(',').Contains("memory"));
        if (own is null)
        {
            return null;
        }

        foreach (var group in Directory.GetDirectories("/sys/fs/cgroup/memory" + own[2], $"grader-{Environment.ProcessId}-w*"))
        {
            if (File.ReadAllLines(Path.Combine(group, "cgroup.procs")).Contains(workerProcessId.ToString(CultureInfo.InvariantCulture)))
            {
                return long.Parse(File.ReadAllText(Path.Combine(group, "memory.limit_in_bytes")).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
