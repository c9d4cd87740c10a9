using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Grader.Exercises.Grading;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.Sandbox.Tests;

/// <summary>
/// The pool's counters (meter Grader.Sandbox) say why each worker started, retired or was killed. Read through a
/// listener on a meter factory of the test's own: other tests' pools count in this process too.
/// </summary>
[Collection(OwnPoolCollection.Name)]
public sealed class PoolMetricsTests
{
    [Fact]
    public async Task Starts_retirements_and_kills_are_counted_by_cause()
    {
        using var catalog = CatalogCopy.OfCumsum("""{ "timeMs": 20000, "cpuMs": 500 }""");
        using var meters = new OwnMeters();
        using var counts = new Counts(meters);
        var options = new SandboxOptions { Workers = 1, RecycleAfter = 2, CompileAllowanceMs = 1000, CompileCpuAllowanceMs = 1000 };
        var pool = await SandboxPool.StartAsync(catalog.Load(), options, NullLogger.Instance, meters, CancellationToken.None);
        GradeReport spun, recycled, replaced;
        await using (pool)
        {
            // Killed for its processor time; then two honest runs use up its replacement, and a third needs another.
            spun = await pool.GradeAsync("cumsum", "(Tensor sum, Tensor cumsum) Solve(Tensor A) { while (true) { } }", 1, CancellationToken.None);
            await pool.GradeAsync("cumsum", PoolFixture.HonestCumsum, 1, CancellationToken.None);
            recycled = await pool.GradeAsync("cumsum", PoolFixture.HonestCumsum, 1, CancellationToken.None);
            replaced = await pool.GradeAsync("cumsum", PoolFixture.HonestCumsum, 1, CancellationToken.None);
        }

        Assert.Equal(Verdict.TimeLimitExceeded, spun.Verdict);
        Assert.Equal((Verdict.Accepted, Verdict.Accepted), (recycled.Verdict, replaced.Verdict));
        Assert.Equal(1, counts["grader.sandbox.worker.starts", "pool_start"]);
        Assert.Equal(2, counts["grader.sandbox.worker.starts", "replacement"]);
        Assert.Equal(1, counts["grader.sandbox.worker.kills", "cpu_limit"]);
        Assert.Equal(1, counts["grader.sandbox.worker.retirements", "time_limit"]);
        Assert.Equal(1, counts["grader.sandbox.worker.retirements", "recycled"]);
        Assert.Equal(1, counts["grader.sandbox.worker.retirements", "stopping"]);
        Assert.Equal(0, counts["grader.sandbox.worker.start_failures", null]);
    }

    /// <summary>A meter factory whose meters name it as their scope, as the host's does.</summary>
    private sealed class OwnMeters : IMeterFactory
    {
        private readonly ConcurrentBag<Meter> meters = [];

        public Meter Create(MeterOptions options)
        {
            options.Scope = this;
            var meter = new Meter(options);
            meters.Add(meter);
            return meter;
        }

        public void Dispose()
        {
            foreach (var meter in meters)
            {
                meter.Dispose();
            }
        }
    }

    /// <summary>Totals of the counters of one factory's meters, by instrument and cause.</summary>
    private sealed class Counts : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly ConcurrentDictionary<(string, string?), long> totals = new();

        public Counts(IMeterFactory meters)
        {
            listener.InstrumentPublished = (instrument, listening) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    listening.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                string? cause = null;
                foreach (var tag in tags)
                {
                    cause = tag.Key == "cause" ? (string?)tag.Value : cause;
                }

                totals.AddOrUpdate((instrument.Name, cause), value, (_, total) => total + value);
            });
            listener.Start();
        }

        public long this[string instrument, string? cause] => totals.GetValueOrDefault((instrument, cause));

        public void Dispose() => listener.Dispose();
    }
}
