using Grader.Exercises.Grading;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.Sandbox.Tests;

/// <summary>
/// The kernel's OOM kill, end to end. Touching memory is slow on these VMs (about 250 MB/s), so a 2-second exercise
/// cannot reliably reach a 256 MB limit; this test grades against a catalog whose cumsum has 10 s and 64 MB.
/// </summary>
[Collection(OwnPoolCollection.Name)]
public sealed class MemoryLimitTests : IAsyncLifetime
{
    private readonly CatalogCopy catalog = CatalogCopy.OfCumsum("""{ "timeMs": 10000, "memoryMb": 64 }""");
    private SandboxPool pool = null!;

    public async Task InitializeAsync() =>
        pool = await SandboxPool.StartAsync(catalog.Load(), new SandboxOptions { Workers = 1 }, NullLogger.Instance, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await pool.DisposeAsync();
        catalog.Dispose();
    }

    [Fact]
    public async Task Native_memory_past_the_limit_is_killed_by_the_kernel_and_reported_as_memory_limit_exceeded()
    {
        Assert.NotNull(pool.Layers.MemoryCgroup);
        const string hoarder = """
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                var hoard = new List<Tensor>();
                while (true) hoard.Add(ones(10_000_000).add_(1));
            }
            """;

        var report = await pool.GradeAsync("cumsum", hoarder, 1, CancellationToken.None);
        var honest = await pool.GradeAsync("cumsum", PoolFixture.HonestCumsum, 1, CancellationToken.None);

        Assert.Equal(Verdict.MemoryLimitExceeded, report.Verdict);
        Assert.Contains("Memory limit exceeded while this case was running (64 MB)", report.Cases[0].Message!.En, StringComparison.Ordinal);
        Assert.Equal(Verdict.Accepted, honest.Verdict);
    }
}
