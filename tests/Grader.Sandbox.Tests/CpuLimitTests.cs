using System.Diagnostics;
using Grader.Exercises.Grading;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.Sandbox.Tests;

/// <summary>
/// The watchdog's processor-time deadline, end to end: cumsum with 20 s of wall-clock time but 500 ms of CPU time
/// (plus 1 s for compiling), so a busy loop is stopped by the CPU deadline long before the wall-clock one.
/// </summary>
[Collection(OwnPoolCollection.Name)]
public sealed class CpuLimitTests : IAsyncLifetime
{
    private readonly CatalogCopy catalog = CatalogCopy.OfCumsum("""{ "timeMs": 20000, "cpuMs": 500 }""");
    private SandboxPool pool = null!;

    public async Task InitializeAsync() =>
        pool = await SandboxPool.StartAsync(
            catalog.Load(), new SandboxOptions { Workers = 1, CompileAllowanceMs = 1000, CompileCpuAllowanceMs = 1000 }, NullLogger.Instance, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await pool.DisposeAsync();
        catalog.Dispose();
    }

    [Fact]
    public async Task A_busy_loop_is_stopped_by_its_processor_time_and_the_running_case_is_named()
    {
        const string spinner = """
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                var n = 0L;
                while (true) n++;
            }
            """;

        var clock = Stopwatch.StartNew();
        var report = await pool.GradeAsync("cumsum", spinner, 1, CancellationToken.None);
        var elapsed = clock.Elapsed;
        var honest = await pool.GradeAsync("cumsum", PoolFixture.HonestCumsum, 1, CancellationToken.None);

        Assert.Equal(Verdict.TimeLimitExceeded, report.Verdict);
        Assert.Equal(Verdict.TimeLimitExceeded, report.Cases[0].Verdict);
        Assert.Contains("CPU time limit exceeded while this case was running (500 ms", report.Cases[0].Message!.En, StringComparison.Ordinal);
        Assert.Contains("CPU", report.Cases[0].Message!.ZhTw, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"The run took {elapsed}, as long as the wall-clock deadline.");
        Assert.Equal(Verdict.Accepted, honest.Verdict);
    }
}
