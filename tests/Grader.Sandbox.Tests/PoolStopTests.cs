using Grader.Exercises.Grading;

namespace Grader.Sandbox.Tests;

/// <summary>
/// Stopping a pool: it waits for its own background work (settling, replacing workers) and leaves no worker process
/// behind.
/// </summary>
[Collection(OwnPoolCollection.Name)]
public sealed class PoolStopTests : IAsyncLifetime
{
    private const string StackOverflow = """
        long Down(long n) => Down(n + 1) + 1;
        (Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(0, keepdim: true), A.cumsum(Down(0)));
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
