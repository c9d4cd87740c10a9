using Grader.Exercises.Grading;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.Sandbox.Tests;

/// <summary>Failures that are the grader's, inside a worker: judged internal errors, never held against the student.</summary>
[Collection(OwnPoolCollection.Name)]
public sealed class WorkerFaultTests : IAsyncLifetime
{
    private readonly CatalogCopy catalog = CatalogCopy.OfCumsum("""{ "timeMs": 2000 }""", "dot-product");
    private readonly string runtimeDirectory = Directory.CreateTempSubdirectory("grader-fault-pool-").FullName;
    private SandboxPool pool = null!;

    public async Task InitializeAsync() =>
        pool = await SandboxPool.StartAsync(
            catalog.Load(), new SandboxOptions { Workers = 1, RuntimeDirectory = runtimeDirectory }, NullLogger.Instance, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await pool.DisposeAsync();
        catalog.Dispose();
    }

    [Fact]
    public async Task An_exercise_the_worker_cannot_load_is_an_internal_error_and_the_pool_recovers()
    {
        // The worker's copy breaks after the server validated the catalog (a disk fault, a bad deployment).
        File.WriteAllText(Path.Combine(runtimeDirectory, "catalog", "dot-product", "cases.cs"), "this does not compile");
        const string honestDot = "Tensor Solve(Tensor x, Tensor y) => (x * y).sum();";

        var report = await pool.GradeAsync("dot-product", honestDot, 1, CancellationToken.None);
        var next = await pool.GradeAsync("cumsum", PoolFixture.HonestCumsum, 1, CancellationToken.None);

        Assert.Equal(Verdict.InternalError, report.Verdict);
        Assert.Contains("not your code's fault", report.Summary.En, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(report.Summary.ZhTw));
        Assert.Equal(Verdict.Accepted, next.Verdict);
    }
}
