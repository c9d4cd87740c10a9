namespace Grader.Sandbox.Confinement;

/// <summary>
/// The cgroup hierarchies this process may create children in: v1 (one folder per controller, as on the dev and CI
/// machines) or v2 (one unified tree, as in production containers). Detected by trying, not by assuming.
/// </summary>
internal sealed class Cgroups
{
    private const string Root = "/sys/fs/cgroup";

    private Cgroups(string? memoryParent, string? pidsParent, string? version)
    {
        MemoryParent = memoryParent;
        PidsParent = pidsParent;
        Version = version;
    }

    public string? MemoryParent { get; }

    public string? PidsParent { get; }

    /// <summary>"v1" or "v2" for memory; null when no memory cgroup can be made.</summary>
    public string? Version { get; }

    public static Cgroups Detect()
    {
        var found = Find();
        foreach (var parent in new[] { found.MemoryParent, found.PidsParent }.Where(p => p is not null).Distinct())
        {
            RemoveStale(parent!);
        }

        return found;
    }

    /// <summary>
    /// Groups a previous server left behind (it crashed, or was killed) are empty and can go. Those of a server still
    /// running are left alone, this process's own included: a group is empty for an instant after it is made, before
    /// its worker joins it, and another pool (in this process, or another grader on the same machine) starting then
    /// must not remove it.
    /// </summary>
    private static void RemoveStale(string parent)
    {
        foreach (var stale in Directory.GetDirectories(parent, "grader-*"))
        {
            if (MadeByRunningServer(Path.GetFileName(stale)))
            {
                continue;
            }

            try
            {
                Directory.Delete(stale);
            }
            catch (IOException)
            {
                // Still has processes: it belongs to a server that is running.
            }
        }
    }

    /// <summary>Whether the server whose process id the group's name holds (grader-&lt;pid&gt;-w&lt;n&gt;, grader-probe-&lt;pid&gt;-…) still runs.</summary>
    private static bool MadeByRunningServer(string group)
    {
        var parts = group.Split('-');
        return !DeadServers.Ended(parts is [_, "probe", var pid, ..] ? pid : parts[1]);
    }

    private static Cgroups Find()
    {
        var own = OwnGroups();
        if (own.TryGetValue("memory", out var memoryPath) && Writable(Path.Combine(Root, "memory") + memoryPath) is { } memory)
        {
            var pids = own.TryGetValue("pids", out var pidsPath) ? Writable(Path.Combine(Root, "pids") + pidsPath) : null;
            return new Cgroups(memory, pids, "v1");
        }

        if (own.TryGetValue("", out var unifiedPath) && File.Exists(Path.Combine(Root, "cgroup.controllers"))
            && Writable(Root + unifiedPath, "+memory +pids") is { } unified)
        {
            return new Cgroups(unified, unified, "v2");
        }

        return new Cgroups(null, null, null);
    }

    /// <summary>Makes the groups of one worker; the caller puts the worker's first process in them.</summary>
    public WorkerGroups Create(string name, long memoryBytes, int maxProcesses)
    {
        string? memory = null;
        string? pids = null;
        if (MemoryParent is not null)
        {
            memory = Path.Combine(MemoryParent, name);
            Directory.CreateDirectory(memory);
            if (Version == "v1")
            {
                // Raising a limit needs memsw first, lowering it needs memory first; a new group starts unlimited.
                File.WriteAllText(Path.Combine(memory, "memory.limit_in_bytes"), memoryBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
                TryWrite(Path.Combine(memory, "memory.memsw.limit_in_bytes"), memoryBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                File.WriteAllText(Path.Combine(memory, "memory.max"), memoryBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
                TryWrite(Path.Combine(memory, "memory.swap.max"), "0");
            }
        }

        if (PidsParent is not null)
        {
            pids = Version == "v2" ? memory : Path.Combine(PidsParent, name);
            Directory.CreateDirectory(pids!);
            File.WriteAllText(Path.Combine(pids!, "pids.max"), maxProcesses.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new WorkerGroups(memory, pids, Version);
    }

    private static Dictionary<string, string> OwnGroups()
    {
        var groups = new Dictionary<string, string>();
        foreach (var line in File.ReadAllLines("/proc/self/cgroup"))
        {
            var parts = line.Split(':', 3);
            if (parts.Length == 3)
            {
                foreach (var controller in parts[1].Split(','))
                {
                    groups.TryAdd(controller, parts[2]);
                }
            }
        }

        return groups;
    }

    /// <summary>A parent folder where a child group can really be made (and removed), or null.</summary>
    private static string? Writable(string parent, string? enableControllers = null)
    {
        // Unique per call: pools detecting at once in one process must not remove each other's probe.
        var probe = Path.Combine(parent, $"grader-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            if (enableControllers is not null)
            {
                File.WriteAllText(Path.Combine(parent, "cgroup.subtree_control"), enableControllers);
            }

            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return parent;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void TryWrite(string path, string value)
    {
        if (File.Exists(path))
        {
            File.WriteAllText(path, value);
        }
    }
}

/// <summary>The cgroups of one worker: where to put its first process, and whether it was OOM-killed.</summary>
internal sealed record WorkerGroups(string? Memory, string? Pids, string? Version)
{
    public IEnumerable<string> ProcessFiles =>
        new[] { Memory, Pids }.Where(g => g is not null).Distinct().Select(g => Path.Combine(g!, "cgroup.procs"));

    /// <summary>What the worker's memory group holds now (its processes' memory and the page cache charged to them), or null without one.</summary>
    public long? Usage() => Memory is null ? null : ReadLong(Version == "v1" ? "memory.usage_in_bytes" : "memory.current");

    /// <summary>
    /// Sets the memory limit, once, when the worker is ready: from its measured baseline, not from whatever it uses
    /// later, so memory a snippet leaks is never added to the next snippet's allowance.
    /// </summary>
    public void FixLimit(long bytes)
    {
        if (Memory is null)
        {
            return;
        }

        var limit = bytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Version == "v1")
        {
            // memory.memsw.limit_in_bytes may never be below memory.limit_in_bytes: raising, it goes first; lowering, last.
            var memsw = Path.Combine(Memory, "memory.memsw.limit_in_bytes");
            var raising = bytes > ReadLong("memory.limit_in_bytes");
            if (raising && File.Exists(memsw))
            {
                File.WriteAllText(memsw, limit);
            }

            File.WriteAllText(Path.Combine(Memory, "memory.limit_in_bytes"), limit);
            if (!raising && File.Exists(memsw))
            {
                File.WriteAllText(memsw, limit);
            }
        }
        else
        {
            File.WriteAllText(Path.Combine(Memory, "memory.max"), limit);
        }
    }

    /// <summary>The memory limit in force, or null without a memory group.</summary>
    public long? Limit() => Memory is null ? null : Version == "v1" ? ReadLong("memory.limit_in_bytes") : ReadLongOrMax("memory.max");

    private long ReadLong(string file) =>
        long.Parse(File.ReadAllText(Path.Combine(Memory!, file)).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private long ReadLongOrMax(string file) =>
        File.ReadAllText(Path.Combine(Memory!, file)).Trim() is "max" ? long.MaxValue : ReadLong(file);

    /// <summary>How many times the kernel's OOM killer acted in the memory group.</summary>
    public long OomKills()
    {
        var file = Memory is null ? null : Path.Combine(Memory, Version == "v1" ? "memory.oom_control" : "memory.events");
        if (file is null || !File.Exists(file))
        {
            return 0;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith("oom_kill ", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line["oom_kill ".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Removes the groups once their processes are gone (the kernel refuses while any remain), trying for half a second.</summary>
    public async Task RemoveAsync()
    {
        foreach (var group in new[] { Memory, Pids }.Where(g => g is not null).Distinct())
        {
            for (var attempt = 0; attempt < 20 && Directory.Exists(group); attempt++)
            {
                try
                {
                    Directory.Delete(group!);
                }
                catch (IOException)
                {
                    await Task.Delay(25);
                }
            }
        }
    }
}
