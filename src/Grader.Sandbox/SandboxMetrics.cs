using System.Diagnostics.Metrics;

namespace Grader.Sandbox;

/// <summary>
/// The pool's own metrics (meter <see cref="MeterName"/>): workers started, retired and killed, each by cause. A host
/// with OpenTelemetry exports them by that name; without a meter factory (benchmarks, the sandbox's tests) the pool
/// keeps a meter of its own that only a <see cref="MeterListener"/> in the same process can read.
/// </summary>
public sealed class SandboxMetrics : IDisposable
{
    public const string MeterName = "Grader.Sandbox";

    private readonly Meter meter;
    private readonly bool ownsMeter;
    private readonly Counter<long> starts;
    private readonly Counter<long> startFailures;
    private readonly Counter<long> retirements;
    private readonly Counter<long> kills;

    internal SandboxMetrics(IMeterFactory? meters)
    {
        ownsMeter = meters is null;
        meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        starts = meter.CreateCounter<long>("grader.sandbox.worker.starts", "{worker}", "Worker processes started and ready, by cause (pool_start, replacement).");
        startFailures = meter.CreateCounter<long>("grader.sandbox.worker.start_failures", "{worker}", "Worker processes that failed to start (each is tried again).");
        retirements = meter.CreateCounter<long>("grader.sandbox.worker.retirements", "{worker}",
            "Workers taken out of service, by cause (recycled, hygiene, time_limit, memory, crashed, failed, abandoned, stopping).");
        kills = meter.CreateCounter<long>("grader.sandbox.worker.kills", "{worker}",
            "Worker processes killed, by cause (time_limit, cpu_limit and unresponsive by the pool; memory by the kernel's cgroup OOM killer).");
    }

    internal void Started(WorkerStartCause cause) => starts.Add(1, Cause(cause switch
    {
        WorkerStartCause.PoolStart => "pool_start",
        _ => "replacement",
    }));

    internal void StartFailed() => startFailures.Add(1);

    internal void Retired(WorkerRetireCause cause) => retirements.Add(1, Cause(cause switch
    {
        WorkerRetireCause.Recycled => "recycled",
        WorkerRetireCause.Hygiene => "hygiene",
        WorkerRetireCause.TimeLimit => "time_limit",
        WorkerRetireCause.Memory => "memory",
        WorkerRetireCause.Crashed => "crashed",
        WorkerRetireCause.Failed => "failed",
        WorkerRetireCause.Abandoned => "abandoned",
        _ => "stopping",
    }));

    internal void Killed(WorkerKillCause cause) => kills.Add(1, Cause(cause switch
    {
        WorkerKillCause.TimeLimit => "time_limit",
        WorkerKillCause.CpuLimit => "cpu_limit",
        WorkerKillCause.Memory => "memory",
        _ => "unresponsive",
    }));

    public void Dispose()
    {
        if (ownsMeter)
        {
            meter.Dispose();
        }
    }

    private static KeyValuePair<string, object?> Cause(string cause) => new("cause", cause);
}

internal enum WorkerStartCause
{
    PoolStart,
    Replacement,
}

internal enum WorkerRetireCause
{
    /// <summary>It served <see cref="SandboxOptions.RecycleAfter"/> runs.</summary>
    Recycled,

    /// <summary>After a clean run it could not prove itself clean (it retired itself, or did not answer).</summary>
    Hygiene,

    /// <summary>Its run passed the wall-clock or processor-time deadline and the pool killed it.</summary>
    TimeLimit,

    /// <summary>Its memory group's OOM killer ended it.</summary>
    Memory,

    /// <summary>It exited or broke its channel on its own, during a run or while idle.</summary>
    Crashed,

    /// <summary>It could not prepare an exercise, or settling it after a run failed on the host's side.</summary>
    Failed,

    /// <summary>Its run was cancelled by the caller or the host lost track of it.</summary>
    Abandoned,

    /// <summary>The pool is stopping.</summary>
    Stopping,
}

internal enum WorkerKillCause
{
    TimeLimit,
    CpuLimit,
    Memory,

    /// <summary>Told to exit (its socket closed), it did not within the grace period.</summary>
    Unresponsive,
}
