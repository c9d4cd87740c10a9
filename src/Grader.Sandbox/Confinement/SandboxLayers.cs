namespace Grader.Sandbox.Confinement;

/// <summary>
/// The confinement actually in force on this host, detected at start and reported by health checks: a degraded
/// sandbox is visible, never assumed away.
/// </summary>
/// <param name="Bubblewrap">Workers run under bubblewrap: no network, a read-only minimal filesystem, uid nobody, a cleared environment.</param>
/// <param name="MemoryCgroup">"v1" or "v2" when each worker has a memory cgroup of its own; null when only the managed heap is limited.</param>
/// <param name="PidsCgroup">Whether the number of processes and threads per worker is limited.</param>
/// <remarks>
/// The layers that are always on (the API policy, the managed heap limit, the watchdog) have no flag: only
/// <see cref="Describe"/> names them, so the report lists every layer.
/// </remarks>
public sealed record SandboxLayers(bool Bubblewrap, string? MemoryCgroup, bool PidsCgroup)
{
    public bool Degraded => !Bubblewrap || MemoryCgroup is null || !PidsCgroup;

    public IReadOnlyList<string> Describe() =>
    [
        "api-policy: forbidden APIs refused at compile time",
        Bubblewrap
            ? "bubblewrap: no network, read-only minimal filesystem, uid nobody, cleared environment"
            : "bubblewrap: NOT ACTIVE (workers run as the server's user, with the host's filesystem and network)",
        MemoryCgroup is { } version ? $"memory: cgroup {version} limit per worker" : "memory: NOT LIMITED by a cgroup (managed heap limit only)",
        PidsCgroup ? "pids: cgroup limit per worker" : "pids: NOT LIMITED",
        "managed-heap: DOTNET_GCHeapHardLimit",
        "watchdog: wall-clock and CPU-time deadlines, output cap, kill and replace",
    ];
}
