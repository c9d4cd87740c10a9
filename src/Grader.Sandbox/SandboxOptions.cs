using System.ComponentModel.DataAnnotations;

namespace Grader.Sandbox;

/// <summary>How the worker pool runs; bound from the configuration section "Sandbox".</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>Worker processes kept warm.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 2;

    /// <summary>A worker is replaced after this many submissions, even if every one was clean.</summary>
    [Range(1, 1_000_000)]
    public int RecycleAfter { get; set; } = 1000;

    /// <summary>Snippets longer than this (UTF-8 bytes) are refused before they reach a worker.</summary>
    [Range(1, 1024 * 1024)]
    public int MaxCodeBytes { get; set; } = 64 * 1024;

    /// <summary>Time for compiling and loading a snippet, on top of the exercise's own time limit for its cases.</summary>
    [Range(100, 60_000)]
    public int CompileAllowanceMs { get; set; } = 5000;

    /// <summary>
    /// Processor time for compiling and loading a snippet, on top of the exercise's CPU limit. Larger than
    /// <see cref="CompileAllowanceMs"/>: a worker's JIT and garbage-collector threads keep working beside the compiler.
    /// </summary>
    [Range(100, 120_000)]
    public int CompileCpuAllowanceMs { get; set; } = 10_000;

    /// <summary>A new worker must say it is ready within this time, or it is killed and started again.</summary>
    [Range(1000, 120_000)]
    public int StartTimeoutMs { get; set; } = 30_000;

    /// <summary>
    /// Memory a worker may use while it starts (libtorch, Roslyn, the runtime), before its baseline is measured; the
    /// largest exercise limit comes on top.
    /// </summary>
    [Range(64, 16_384)]
    public int WorkerBaseMemoryMb { get; set; } = 256;

    /// <summary>
    /// How far a worker's memory may grow past its baseline (measured when it is ready, before any snippet). Measured
    /// on the dev machine: resident anonymous memory 119–122 MB when ready, at most 136 MB over 1,600 honest runs.
    /// A worker over its baseline plus this after a run retires; its memory cgroup is set once, when it is ready, to
    /// its usage then plus this plus the largest exercise limit, and never raised.
    /// </summary>
    [Range(16, 16_384)]
    public int WorkerMemoryMarginMb { get; set; } = 64;

    /// <summary>The largest managed heap a worker may have, so that running out of it is a catchable exception.</summary>
    [Range(64, 16_384)]
    public int ManagedHeapLimitMb { get; set; } = 384;

    /// <summary>Processes and threads a worker may have at once.</summary>
    [Range(16, 4096)]
    public int MaxProcesses { get; set; } = 128;

    /// <summary>
    /// Run workers under bubblewrap; the pool refuses to start when it cannot. Turning it off (for machines where
    /// bwrap cannot run) is reported as a degraded sandbox.
    /// </summary>
    public bool UseBubblewrap { get; set; } = true;

    /// <summary>
    /// When bubblewrap is wanted but cannot run, start without it (logged, and reported as a degraded sandbox) instead
    /// of refusing to start. For developers' machines only; the service turns it on in Development.
    /// </summary>
    public bool StartWithoutBubblewrapIfMissing { get; set; }

    /// <summary>The worker program (Grader.Sandbox.Worker.dll); by default the one built next to this library.</summary>
    public string? WorkerPath { get; set; }

    /// <summary>
    /// Where sockets and per-worker files go; by default a fresh folder under the system's temp folder, which the next
    /// pool to start on the machine removes if this server is killed before it can.
    /// </summary>
    public string? RuntimeDirectory { get; set; }
}
