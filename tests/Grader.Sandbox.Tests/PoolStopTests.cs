using Grader.Exercises.Grading;

namespace Grader.Sandbox.Tests;

/// <summary>
/// Stopping a pool: it waits for its own background work (settling, replacing workers), leaves no worker process
/// behind, and tells callers that it stopped with an exception worth retrying, never with a grade.
/// </summary>
[Collection(OwnPoolCollection.Name)]
public sealed class PoolStopTests : IAsyncLifetime
{
    private const string StackOverflow = """
        long Down(long n) => Down(n + 1) + 1;
        (Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(0, keepdim: true), A.cumsum(Down(0)));
        """;

    private const string Spinner = """
        (Tensor sum, Tensor cumsum) Solve(Tensor A)
        {
            var until = DateTime.UtcNow.AddSeconds(8);
            while (DateTime.UtcNow < until) { }
            return (A.sum(0, keepdim: true), A.cumsum(0));
        }
        """;

    private readonly CatalogCopy catalog = CatalogCopy.OfCumsum("""{ "timeMs": 15000 }""");
    private readonly string runtimeDirectory = Directory.CreateTempSubdirectory("grader-stop-pool-").FullName;
    private readonly RecordingLogger log = new();
    private SandboxPool pool = null!;

    public async Task InitializeAsync() =>
        pool = await SandboxPool.StartAsync(
            catalog.Load(), new SandboxOptions { Workers = 1, RuntimeDirectory = runtimeDirectory }, log, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await pool.DisposeAsync();
        catalog.Dispose();
    }

    [Fact]
    public async Task Stopping_while_a_crashed_worker_is_being_replaced_waits_for_the_replacement_and_leaves_no_process()
    {
        var crashed = await pool.GradeAsync("cumsum", StackOverflow, 1, CancellationToken.None);

        await pool.DisposeAsync();
        var linesAtStop = log.Lines.Count;
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(Verdict.RuntimeError, crashed.Verdict);
        Assert.Empty(WorkerProcesses());
        Assert.Equal(linesAtStop, log.Lines.Count);
        Assert.DoesNotContain(log.Lines, line => line.Contains("Could not replace", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stopped_pool_refuses_with_an_exception_worth_retrying_and_a_bad_request_with_one_that_is_not()
    {
        await pool.DisposeAsync();

        await Assert.ThrowsAsync<SandboxUnavailableException>(() => pool.GradeAsync("cumsum", PoolFixture.HonestCumsum, 1, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => pool.GradeAsync("no-such-exercise", PoolFixture.HonestCumsum, 1, CancellationToken.None));
    }

    [Fact]
    public async Task A_run_cut_off_by_the_pool_stopping_is_not_graded_but_worth_retrying()
    {
        var grading = pool.GradeAsync("cumsum", Spinner, 1, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2));

        await pool.DisposeAsync();

        await Assert.ThrowsAsync<SandboxUnavailableException>(() => grading);
        Assert.Empty(WorkerProcesses());
    }

    /// <summary>Processes started for this pool: each has its socket, under the pool's runtime folder, on its command line.</summary>
    private List<int> WorkerProcesses()
    {
        var found = new List<int>();
        foreach (var folder in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(folder, "cmdline")).Contains(runtimeDirectory, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Ended while we looked.
            }
        }

        return found;
    }
}
